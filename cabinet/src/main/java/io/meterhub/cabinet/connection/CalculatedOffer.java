package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.FeeRequest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The offer as the cabinet makes it: the fee by the organization's rates for the year of the offer
 * (the connection fee calculator), and the invoice and contract as PDF.
 */
final class CalculatedOffer implements OfferDocuments {
    private final ConnectionFeeCalculator calculator;

    CalculatedOffer(DataSource dataSource) {
        this.calculator = new ConnectionFeeCalculator(dataSource);
    }

    @Override
    public Offer make(OfferFacts f) {
        FeeBreakdown fee = calculator.calculate(f.organizationId(), f.offeredOn().getYear(),
                new FeeRequest(f.category(), f.maxPowerKw(), f.alreadyConnectedKw(), f.voltage(), null, false));
        return new Offer(fee.total(), pdf("Счёт на оплату технологического присоединения", f, fee),
                pdf("Договор об осуществлении технологического присоединения", f, fee));
    }

    /** A plain one-page PDF with the offer's figures; the templated documents replace it when they are wired. */
    private static byte[] pdf(String title, OfferFacts f, FeeBreakdown fee) {
        return simplePdf(List.of(title, "Заявка № " + f.number() + " от " + f.submittedOn(), "Сетевая организация: " + f.organizationName(),
                "Заявитель: " + f.applicantName(), "Объект: " + f.address() + ", кадастровый номер " + f.cadastralNumber(),
                "Максимальная мощность: " + f.maxPowerKw() + " кВт", "Плата за технологическое присоединение: " + fee.total() + " руб."));
    }

    /** One page of text lines in the receipts' DejaVu font (Cyrillic included). */
    static byte[] simplePdf(List<String> lines) {
        try (PDDocument document = new PDDocument(); InputStream font = CalculatedOffer.class.getResourceAsStream("/receipts/DejaVuSans.ttf")) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, font);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(regular, 11);
                text.newLineAtOffset(50, 740);
                for (String line : lines) {
                    text.showText(line);
                    text.newLineAtOffset(0, -18);
                }
                text.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the offer's PDF", e);
        }
    }
}
