package io.meterhub.cabinet.receipts;

import io.meterhub.cabinet.Services;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.meterhub.cabinet.payments.PaymentFixture;
import io.meterhub.cabinet.payments.PaymentMessages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReceiptServiceTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final String EXPECTED_QR = "ST00012|Name=" + PaymentFixture.VOLGA_LEGAL_NAME
            + "|PersonalAcc=40702810900000012345|BankName=ПАО Сбербанк|BIC=044525225|CorrespAcc=30101810400000000225"
            + "|Sum=173456|PersAcc=100001|PaymPeriod=102026|PayeeINN=6312345678|KPP=631201001"
            + "|Purpose=Оплата ЖКУ по л/с 100001 за 10.2026";
    private static PaymentFixture fixture;
    private static ReceiptService receipts;

    @BeforeAll
    static void setUp() throws SQLException {
        fixture = new PaymentFixture("receipts");
        receipts = Services.of(fixture.database.dataSource(), Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC)).receipts();
        LocalDate september = LocalDate.of(2026, 9, 1);
        LocalDate october = LocalDate.of(2026, 10, 1);
        // September: charged 1000.00, paid 400.00 -> 600.00 owed at the start of October
        fixture.entry(fixture.ivanElectricity, "ELECTRICITY", "CHARGE", september, "1000.00", "billing:2026-09");
        fixture.entry(fixture.ivanElectricity, "ELECTRICITY", "PAYMENT", september, "400.00", "payment:1");
        // October: three zones, the night price changed on the 15th; 1234.56 in all; 100.00 paid
        long charge = fixture.entry(fixture.ivanElectricity, "ELECTRICITY", "CHARGE", october, "1234.56", "billing:2026-10");
        fixture.chargeLine(charge, 1, "120.000", "7.5100", "901.20", october, LocalDate.of(2026, 11, 1));
        fixture.chargeLine(charge, 2, "40.000", "5.2000", "208.00", october, LocalDate.of(2026, 11, 1));
        fixture.chargeLine(charge, 3, "30.000", "2.0000", "60.00", october, LocalDate.of(2026, 10, 15));
        fixture.chargeLine(charge, 3, "28.000", "2.3400", "65.36", LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 1));
        fixture.entry(fixture.ivanElectricity, "ELECTRICITY", "PAYMENT", october, "100.00", "payment:2");
        // another account's entries never leak in
        fixture.entry(fixture.petrElectricity, "ELECTRICITY", "CHARGE", october, "999.99", "billing:2026-10");
    }

    @AfterAll
    static void tearDown() {
        fixture.close();
    }

    @Test
    void theReceiptAddsUpDebtChargesAndPayments() {
        Receipt receipt = receipts.receipt(fixture.ivanElectricity, OCTOBER);

        assertThat(receipt.source().debtAtStart()).isEqualByComparingTo("600.00");
        assertThat(receipt.source().charged()).isEqualByComparingTo("1234.56");
        assertThat(receipt.source().paid()).isEqualByComparingTo("100.00");
        assertThat(receipt.source().totalToPay()).isEqualByComparingTo("1734.56");
        assertThat(receipt.source().charges()).singleElement().satisfies(c -> assertThat(c.lines()).hasSize(4));
        assertThat(receipt.fileName()).isEqualTo("receipt-100001-2026-10.pdf");
    }

    @Test
    void thePdfIsA4WithCyrillicTextAndTheHolderMasked() throws IOException {
        Receipt receipt = receipts.receipt(fixture.ivanElectricity, OCTOBER);

        try (PDDocument pdf = Loader.loadPDF(receipt.pdf())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle size = pdf.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(PaymentFixture.VOLGA_LEGAL_NAME)
                    .contains("Лицевой счёт № 100001")
                    .contains("за октябрь 2026 г.")
                    .contains("Иванов И. И.")
                    .doesNotContain("Иван Иванович")
                    .contains("T1 пик", "T2 полупик", "T3 ночь с 15.10")
                    .contains("1 234,56")
                    .contains("ИТОГО К ОПЛАТЕ")
                    .contains("1 734,56")
                    .doesNotContain("999,99");
        }
    }

    @Test
    void theQrCodeDecodesToExactlyTheGostPayload() throws Exception {
        Receipt receipt = receipts.receipt(fixture.ivanElectricity, OCTOBER);
        assertThat(receipt.qrPayload()).isEqualTo(EXPECTED_QR);

        BufferedImage page;
        try (PDDocument pdf = Loader.loadPDF(receipt.pdf())) {
            page = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.RGB);
        }
        Path artifact = Path.of("target", "receipt-artifacts");
        Files.createDirectories(artifact);
        ImageIO.write(page, "png", artifact.resolve("receipt-100001-2026-10.png").toFile());
        Files.write(artifact.resolve("receipt-100001-2026-10.pdf"), receipt.pdf());

        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        Result result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))), hints);

        assertThat(result.getText()).isEqualTo(EXPECTED_QR);
        GostPaymentQr qr = GostPaymentQr.parse(result.getText());
        assertThat(qr.sum()).isEqualByComparingTo("1734.56");
        assertThat(qr.field("Sum")).isEqualTo("173456");
        assertThat(qr.field("PersAcc")).isEqualTo("100001");
        assertThat(qr.field("PaymPeriod")).isEqualTo("102026");
        assertThat(qr.field("BIC")).isEqualTo("044525225");
        assertThat(qr.field("Name")).isEqualTo(PaymentFixture.VOLGA_LEGAL_NAME);
    }

    @Test
    void onlyTheHolderAndTheOrganizationsStaffGetTheReceipt() {
        assertThat(receipts.receiptFor(fixture.ivanUser, fixture.ivanElectricity, OCTOBER).pdf()).isNotEmpty();
        assertThat(receipts.receiptFor(fixture.volgaOperator, fixture.ivanElectricity, OCTOBER).pdf()).isNotEmpty();

        ReceiptException otherCustomer = catchThrowableOfType(ReceiptException.class,
                () -> receipts.receiptFor(fixture.petrUser, fixture.ivanElectricity, OCTOBER));
        ReceiptException otherOrganization = catchThrowableOfType(ReceiptException.class,
                () -> receipts.receiptFor(fixture.volgaOperator, fixture.ivanWater, OCTOBER));
        ReceiptException noSuchAccount = catchThrowableOfType(ReceiptException.class,
                () -> receipts.receiptFor(fixture.ivanUser, 987654L, OCTOBER));

        assertThat(otherCustomer.messageKey()).isEqualTo(PaymentMessages.RECEIPT_FORBIDDEN);
        assertThat(otherOrganization.messageKey()).isEqualTo(PaymentMessages.RECEIPT_FORBIDDEN);
        assertThat(noSuchAccount.messageKey()).isEqualTo(PaymentMessages.RECEIPT_FORBIDDEN);
        assertThat(catchThrowableOfType(ReceiptException.class, () -> receipts.receipt(987654L, OCTOBER)).messageKey())
                .isEqualTo(PaymentMessages.RECEIPT_NOT_FOUND);
    }

    @Test
    void aMonthWithNothingDueHasAQrWithoutSumAndAnOrganizationWithoutBankRequisitesNone() throws SQLException, IOException {
        Receipt empty = receipts.receipt(fixture.ivanWater, YearMonth.of(2026, 1));
        assertThat(empty.qrPayload()).doesNotContain("Sum=").contains("PersAcc=W-77001").contains("PaymPeriod=012026");
        try (PDDocument pdf = Loader.loadPDF(empty.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Начислений нет").contains("Оплат не поступало");
        }

        fixture.execute("INSERT INTO organization (id, name, time_zone) VALUES ('BARE', 'Без реквизитов', 'Europe/Moscow')");
        fixture.execute("UPDATE account SET organization_id = 'BARE' WHERE number = 'W-77001'");
        try {
            Receipt bare = receipts.receipt(fixture.ivanWater, OCTOBER);
            assertThat(bare.qrPayload()).isNull();
            try (PDDocument pdf = Loader.loadPDF(bare.pdf())) {
                assertThat(new PDFTextStripper().getText(pdf)).contains("QR-код не сформирован");
            }
        } finally {
            fixture.execute("UPDATE account SET organization_id = '" + PaymentFixture.WATER + "' WHERE number = 'W-77001'");
        }
    }
}
