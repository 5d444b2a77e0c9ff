package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.FeeRequest;
import io.meterhub.cabinet.documents.ConnectionDocumentData;
import io.meterhub.cabinet.documents.ConnectionDocuments;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The offer as the cabinet makes it: the fee by the grid company's rates for the year of the offer
 * (the connection fee calculator), and the invoice and contract from the document templates.
 */
public final class CalculatedOffer implements OfferDocuments {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private final ConnectionFeeCalculator calculator;

    public CalculatedOffer(ConnectionFeeCalculator calculator) {
        this.calculator = java.util.Objects.requireNonNull(calculator, "calculator");
    }

    @Override
    public Offer make(OfferFacts f) {
        ConnectionDocumentData data = data(f);
        ConnectionDocuments documents = documents(f);
        return new Offer(data.fee().total(), documents.invoice(data, RUSSIAN), documents.contract(data, RUSSIAN));
    }

    @Override
    public byte[] technicalConditions(OfferFacts f) {
        return documents(f).technicalConditions(data(f), RUSSIAN);
    }

    /** Documents dated the day of the offer. */
    private static ConnectionDocuments documents(OfferFacts f) {
        return new ConnectionDocuments(Clock.fixed(f.offeredOn().atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    private ConnectionDocumentData data(OfferFacts f) {
        FeeBreakdown fee = calculator.calculate(f.organizationId(), f.offeredOn().getYear(),
                new FeeRequest(f.category(), f.maxPowerKw(), f.alreadyConnectedKw(), f.voltage(), null, false));
        return new ConnectionDocumentData(f.number(), f.submittedOn(), f.applicantName(), f.category(), f.address(), f.cadastralNumber(),
                f.maxPowerKw(), f.alreadyConnectedKw(), f.voltage(), f.reliability().name(), kind(f.connectionKind()), f.organizationName(),
                f.organizationInn(), f.supplierName(), fee);
    }

    private static String kind(ConnectionKind kind) {
        return switch (kind) {
            case NEW -> "новое присоединение";
            case INCREASE -> "увеличение максимальной мощности";
            case TEMPORARY -> "временное присоединение";
        };
    }

    /** Text lines in the receipts' DejaVu font (Cyrillic included), long ones wrapped, as many pages as they take. */
    public static byte[] simplePdf(List<String> lines) {
        List<String> wrapped = new java.util.ArrayList<>();
        for (String line : lines) {
            wrap(line, wrapped);
        }
        try (PDDocument document = new PDDocument(); InputStream font = CalculatedOffer.class.getResourceAsStream("/receipts/DejaVuSans.ttf")) {
            PDType0Font regular = PDType0Font.load(document, font);
            for (int first = 0; first < Math.max(1, wrapped.size()); first += LINES_PER_PAGE) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(regular, 10);
                    text.newLineAtOffset(50, 740);
                    for (String line : wrapped.subList(first, Math.min(wrapped.size(), first + LINES_PER_PAGE))) {
                        text.showText(line);
                        text.newLineAtOffset(0, -16);
                    }
                    text.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a PDF", e);
        }
    }

    private static final int LINES_PER_PAGE = 42;
    private static final int LINE_CHARACTERS = 95;

    private static void wrap(String line, List<String> out) {
        String rest = line.replaceAll("[\\t\\r\\n]", " ");
        while (rest.length() > LINE_CHARACTERS) {
            int cut = rest.lastIndexOf(' ', LINE_CHARACTERS);
            if (cut <= 0) {
                cut = LINE_CHARACTERS;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
    }
}
