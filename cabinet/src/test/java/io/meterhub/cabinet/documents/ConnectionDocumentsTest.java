package io.meterhub.cabinet.documents;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.FeeBreakdown;
import io.meterhub.cabinet.connectionfee.FeeLine;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDFs read back with PDFBox say the application's figures. */
class ConnectionDocumentsTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final ConnectionDocuments DOCUMENTS =
            new ConnectionDocuments(Clock.fixed(Instant.parse("2026-04-02T08:00:00Z"), ZoneId.of("Europe/Samara")));

    private static final FeeBreakdown BUSINESS_FEE = new FeeBreakdown("VOLGA", 2026, List.of(
            new FeeLine(FeeLine.STANDARD_PER_CONNECTION, BigDecimal.ONE, "connection", new BigDecimal("47700.00"), new BigDecimal("47700.00")),
            new FeeLine(FeeLine.STANDARD_PER_KW, new BigDecimal("570"), "kW", new BigDecimal("8692.00"), new BigDecimal("4954440.00")),
            new FeeLine(FeeLine.STANDARD_PER_KM, new BigDecimal("1.35"), "km", new BigDecimal("2438000.00"), new BigDecimal("3291300.00"))),
            new BigDecimal("8293440.00"), FeeBreakdown.STANDARD);

    private static final ConnectionDocumentData BUSINESS = new ConnectionDocumentData("ТП-2026-000042", LocalDate.of(2026, 3, 20),
            "ООО «Ромашка»", ApplicantCategory.LEGAL_ENTITY, "443001, г. Самара, ул. Молодогвардейская, д. 1", "63:01:0101001:123",
            new BigDecimal("670"), new BigDecimal("100"), VoltageLevel.MV_6_10, "II", "постоянное", "ПАО «Волжская сетевая компания»",
            "6316186232", "ПАО «Самараэнерго»", BUSINESS_FEE);

    private static final ConnectionDocumentData PERSON = new ConnectionDocumentData("ТП-2026-000007", LocalDate.of(2026, 3, 2),
            "Иванов Иван Иванович", ApplicantCategory.INDIVIDUAL, "Самарская обл., с. Рождествено, ул. Садовая, д. 5 \uD83C\uDFE1", null,
            new BigDecimal("12.5"), null, VoltageLevel.LV_0_4, "III", "постоянное", "ПАО «Волжская сетевая компания»", "6316186232", null,
            new FeeBreakdown("VOLGA", 2026, List.of(new FeeLine(FeeLine.PREFERENTIAL_PER_KW, new BigDecimal("12.5"), "kW",
                    new BigDecimal("5423.11"), new BigDecimal("67788.88"))), new BigDecimal("67788.88"), FeeBreakdown.PREFERENTIAL));

    @Test
    void technical_conditions_state_the_application_and_its_technical_figures() throws IOException {
        String text = text(DOCUMENTS.technicalConditions(BUSINESS, RU));

        assertThat(text).contains("ТЕХНИЧЕСКИЕ УСЛОВИЯ", "№ ТП-2026-000042 от 02.04.2026 к заявке № ТП-2026-000042 от 20.03.2026",
                "ПАО «Волжская сетевая компания», ИНН 6316186232", "ООО «Ромашка» (юридическое лицо)",
                "г. Самара, ул. Молодогвардейская, д. 1", "63:01:0101001:123", "670 кВт", "ранее присоединённая: 100 кВт",
                "вновь присоединяемая: 570 кВт", "надёжности электроснабжения: II", "6-10 кВ", "Вид присоединения: постоянное",
                "ПАО «Самараэнерго»", "8 293 440,00 руб.");
    }

    @Test
    void the_invoice_lists_the_fee_lines_and_total_to_the_kopeck() throws IOException {
        String text = text(DOCUMENTS.invoice(BUSINESS, RU));

        assertThat(text).contains("СЧЁТ № ТП-2026-000042 от 02.04.2026", "Плательщик: ООО «Ромашка»", "За присоединение", "47 700,00",
                "570", "8 692,00", "4 954 440,00", "1,35", "2 438 000,00", "3 291 300,00", "Итого", "8 293 440,00",
                "Итого к оплате: 8 293 440,00 руб.", "Ставки на 2026 год", "Стандартизированные ставки");
    }

    @Test
    void the_contract_names_the_parties_object_power_and_fee() throws IOException {
        String text = text(DOCUMENTS.contract(PERSON, RU));

        assertThat(text).contains("ДОГОВОР № ТП-2026-000007", "Иванов Иван Иванович (физическое лицо)", "с. Рождествено, ул. Садовая, д. 5 ?",
                "кадастровый номер земельного участка: —", "максимальная мощность 12,5 кВт, в том числе ранее присоединённая 0 кВт",
                "категория надёжности III", "0,4 кВ и ниже", "67 788,88 руб.", "5 423,11", "Льготная ставка за 1 кВт",
                "гарантирующим поставщиком: —", "на 2026 год");
    }

    @Test
    void the_documents_are_russian_whatever_the_locale() throws IOException {
        assertThat(text(DOCUMENTS.invoice(PERSON, Locale.ENGLISH))).contains("СЧЁТ № ТП-2026-000007", "67 788,88");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(pdf).startsWith("%PDF".getBytes());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // numbers are grouped and tied to their units with no-break spaces
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }
}
