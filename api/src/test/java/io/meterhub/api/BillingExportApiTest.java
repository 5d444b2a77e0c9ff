package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.keys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing exchange's exports against the running server and the real database: one organization's rows
 * only, exact amounts and times with the organization's offset (Moscow, +03:00), pages, and CSV bytes.
 */
class BillingExportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixture api;
    private static String readerA;
    private static String readerB;

    @BeforeAll
    static void start() {
        api = new ApiFixture("api_billing_export");
        readerA = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);
        readerB = api.key(ApiFixture.ORG_B, Scope.EXPORTS_READ);
        api.sql("""
                INSERT INTO app_user (id, login, password_hash, role, display_name) VALUES
                    (9001, 'customer-1', 'x', 'CUSTOMER', 'Иванов И. И.'), (9002, 'customer-2', 'x', 'CUSTOMER', 'Петров П. П.');
                INSERT INTO app_user (id, login, password_hash, role, display_name, organization_id) VALUES
                    (9003, 'operator-a', 'x', 'OPERATOR', 'Оператор', 'org-a');
                INSERT INTO customer (id, user_id, kind, full_name) VALUES (9001, 9001, 'INDIVIDUAL', 'Иванов Иван'), (9002, 9002, 'INDIVIDUAL', 'Петров Пётр');
                INSERT INTO account (id, number, organization_id, holder_id, address) VALUES
                    (9001, 'A-1', 'org-a', 9001, 'г. Самара, ул. Ленина, д. 1'), (9002, 'B-1', 'org-b', 9002, 'г. Тверь, ул. Мира, д. 2');
                INSERT INTO meter (id, organization_id) VALUES ('TM-A1', 'org-a'), ('TM-B1', 'org-b');
                INSERT INTO account_meter (id, account_id, service_code, serial, model, zones, telemetry_meter_id) VALUES
                    (9001, 9001, 'ELECTRICITY', 'SN-A1', 'Меркурий 201', 2, 'TM-A1'), (9002, 9002, 'ELECTRICITY', 'SN-B1', 'Меркурий 201', 1, 'TM-B1');
                INSERT INTO manual_reading (id, account_meter_id, zone, value, taken_on, submitted_at, submitted_by, status) VALUES
                    (9001, 9001, 1, 12345.600, '2026-11-20', '2026-11-20 16:02:11.123+00', 9001, 'ACCEPTED'),
                    (9002, 9001, 2, 4321.000, '2026-11-20', '2026-11-20 16:02:12+00', 9001, 'UNDER_REVIEW'),
                    (9003, 9001, 1, 12400.000, '2026-11-21', '2026-11-21 08:00:00+00', 9003, 'ACCEPTED'),
                    (9004, 9001, 1, 12000.000, '2026-10-20', '2026-10-31 21:30:00+00', 9001, 'ACCEPTED'),
                    (9005, 9002, 1, 777.000, '2026-11-20', '2026-11-20 10:00:00+00', 9002, 'ACCEPTED');
                INSERT INTO payment (id, idempotency_key, user_id, provider, provider_payment_id, amount, status, created_at, completed_at) VALUES
                    (9001, 'exp-1', 9001, 'demo', 'PRV-1', 1334.56, 'SUCCEEDED', '2026-11-05 08:59:00+00', '2026-11-05 09:00:00+00'),
                    (9002, 'exp-2', 9001, 'demo', NULL, 10.00, 'PENDING', '2026-11-06 08:59:00+00', NULL),
                    (9003, 'exp-3', 9002, 'demo', 'PRV-3', 50.00, 'SUCCEEDED', '2026-11-05 08:59:00+00', '2026-11-05 09:00:00+00');
                INSERT INTO payment_allocation (payment_id, account_id, service_code, organization_id, amount) VALUES
                    (9001, 9001, 'ELECTRICITY', 'org-a', 1234.56), (9001, 9001, 'WASTE', 'org-a', 100.00), (9003, 9002, 'ELECTRICITY', 'org-b', 50.00);
                INSERT INTO connection_application (id, number, organization_id, customer_id, status, created_by, created_at, updated_at, submitted_at,
                                                    address, max_power_kw, fee) VALUES
                    (9001, 'ТП-2026-009001', 'org-a', 9001, 'OFFERED', 9001, '2026-11-01 07:00:00+00', '2026-11-10 12:00:00+00', '2026-11-01 07:05:00+00',
                     'г. Самара, СНТ «Рассвет», уч. 5', 15.00, 550.00),
                    (9002, NULL, 'org-a', 9001, 'DRAFT', 9001, '2026-11-02 07:00:00+00', '2026-11-02 07:00:00+00', NULL, NULL, NULL, NULL),
                    (9003, 'ТП-2026-009003', 'org-b', 9002, 'SUBMITTED', 9002, '2026-11-01 07:00:00+00', '2026-11-01 07:00:00+00', '2026-11-01 07:00:00+00',
                     'г. Тверь', 5.00, NULL);
                INSERT INTO connection_document (id, application_id, kind, file_name, content_type, size, content, sha256, uploaded_at, uploaded_by,
                                                 uploader_side) VALUES
                    (9001, 9001, 'TITLE', 'выписка ЕГРН.pdf', 'application/pdf', 3, '\\x255044', 'aa11', '2026-11-01 07:01:00+00', 9001, 'APPLICANT'),
                    (9002, 9001, 'CONTRACT', 'договор.pdf', 'application/pdf', 4, '\\x25504446', 'bb22', '2026-11-10 12:00:00+00', 9003, 'STAFF');
                INSERT INTO document_signature (document_ref, sha256_hex, user_id, method, signed_at, signer_subject) VALUES
                    ('connection-document:9002', repeat('b', 64), 9001, 'SIMPLE_CODE', '2026-11-11 10:00:00+00', 'Иванов Иван');
                INSERT INTO anomaly (id, meter_id, organization_id, kind, started_at, ended_at, severity, score, status, resolution, resolved_at) VALUES
                    (9001, 'TM-A1', 'org-a', 'TAMPER_EVENT', '2026-11-03 01:00:00+00', '2026-11-03 02:00:00+00', 'HIGH', 0.9, 'RESOLVED',
                     'CONFIRMED_THEFT', '2026-11-04 10:00:00+00'),
                    (9002, 'TM-A1', 'org-a', 'DATA_GAP', '2026-11-05 01:00:00+00', NULL, 'LOW', 0.2, 'RESOLVED', 'FALSE_ALARM', '2026-11-06 10:00:00+00'),
                    (9003, 'TM-B1', 'org-b', 'TAMPER_EVENT', '2026-11-03 01:00:00+00', NULL, 'HIGH', 0.9, 'RESOLVED', 'CONFIRMED_THEFT',
                     '2026-11-04 10:00:00+00');
                """);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> get(String key, String path, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Api-Key";
        all[1] = key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return api.send("GET", path, (String) null, all);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    @Covers("exportSubmittedReadings")
    void submitted_readings_of_a_period_are_the_customers_own_with_their_status_and_the_organizations_offset() throws Exception {
        JsonNode page = json(get(readerA, "/api/v1/exports/readings?from=2026-11-01&to=2026-11-30"));

        // 2026-10-31 21:30 UTC (9004) is already November 1st in Moscow
        assertThat(page.get("items").findValuesAsText("id")).containsExactly("9001", "9002", "9004");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("account").asText()).isEqualTo("A-1");
        assertThat(first.get("meterSerial").asText()).isEqualTo("SN-A1");
        assertThat(first.get("value").asText()).isEqualTo("12345.6");
        assertThat(first.get("submittedAt").asText()).isEqualTo("2026-11-20T19:02:11+03:00");
        assertThat(page.get("items").get(1).get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(page.get("nextCursor").isNull()).isTrue();
        assertThat(json(get(readerA, "/api/v1/exports/readings?from=2026-10-01&to=2026-10-31")).get("items")).isEmpty();
        assertThat(json(get(readerB, "/api/v1/exports/readings?from=2026-11-01&to=2026-11-30")).get("items").findValuesAsText("id"))
                .containsExactly("9005");
    }

    @Test
    void a_page_at_a_time_each_row_once_in_a_stable_order() throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = json(get(readerA, "/api/v1/exports/readings?from=2026-11-01&to=2026-11-30&limit=1"
                    + (cursor == null ? "" : "&cursor=" + cursor)));
            ids.addAll(page.get("items").findValuesAsText("id"));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(ids).containsExactly("9001", "9002", "9004");
        assertThat(pages).isEqualTo(3);
        HttpResponse<String> foreign = get(readerA, "/api/v1/exports/payments?from=2026-11-01&to=2026-11-30&cursor=bm90LWEtY3Vyc29y");
        assertThat(foreign.statusCode()).isEqualTo(400);
        HttpResponse<String> backwards = get(readerA, "/api/v1/exports/readings?from=2026-11-30&to=2026-11-01");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"parameter\":\"to\"");
    }

    @Test
    @Covers("exportPayments")
    void payments_received_are_the_organizations_shares_with_exact_amounts() throws Exception {
        JsonNode page = json(get(readerA, "/api/v1/exports/payments?from=2026-11-01&to=2026-11-30"));

        assertThat(page.get("items")).hasSize(2);
        JsonNode first = page.get("items").get(0);
        assertThat(List.of(first.get("paymentId").asText(), first.get("account").asText(), first.get("service").asText(), first.get("amount").asText(),
                first.get("paidAt").asText(), first.get("providerPaymentId").asText()))
                .containsExactly("9001", "A-1", "ELECTRICITY", "1234.56", "2026-11-05T12:00:00+03:00", "PRV-1");
        assertThat(page.get("items").get(1).get("amount").isTextual()).isTrue();
        assertThat(page.get("items").get(1).get("amount").asText()).isEqualTo("100.00");
        assertThat(json(get(readerB, "/api/v1/exports/payments?from=2026-11-01&to=2026-11-30")).get("items").findValuesAsText("amount"))
                .containsExactly("50.00");
    }

    @Test
    void a_csv_export_is_utf8_with_a_bom_semicolons_and_decimal_points_and_pages_by_its_header() throws Exception {
        HttpResponse<String> first = get(readerA, "/api/v1/exports/payments?from=2026-11-01&to=2026-11-30&limit=1", "Accept", "text/csv");
        HttpResponse<String> rest = get(readerA, "/api/v1/exports/payments?from=2026-11-01&to=2026-11-30&limit=1&format=csv&cursor="
                + first.headers().firstValue("Next-Cursor").orElseThrow());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        byte[] bytes = first.body().getBytes(StandardCharsets.UTF_8);
        assertThat(List.of(bytes[0], bytes[1], bytes[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(first.body().substring(1)).isEqualTo("paymentId;account;service;amount;paidAt;provider;providerPaymentId\r\n"
                + "9001;A-1;ELECTRICITY;1234.56;2026-11-05T12:00:00+03:00;demo;PRV-1\r\n");
        assertThat(rest.body().substring(1)).isEqualTo("paymentId;account;service;amount;paidAt;provider;providerPaymentId\r\n"
                + "9001;A-1;WASTE;100.00;2026-11-05T12:00:00+03:00;demo;PRV-1\r\n");
        assertThat(rest.headers().firstValue("Next-Cursor")).isEmpty();
    }

    @Test
    @Covers("exportApplications")
    void applications_come_with_their_status_and_documents_metadata_never_a_draft_nor_another_organizations() throws Exception {
        JsonNode page = json(get(readerA, "/api/v1/exports/applications"));

        assertThat(page.get("items").findValuesAsText("number")).containsExactly("ТП-2026-009001");
        JsonNode application = page.get("items").get(0);
        assertThat(List.of(application.get("status").asText(), application.get("maxPowerKw").asText(), application.get("fee").asText(),
                application.get("updatedAt").asText())).containsExactly("OFFERED", "15.00", "550.00", "2026-11-10T15:00:00+03:00");
        assertThat(application.get("documents").findValuesAsText("name")).containsExactly("выписка ЕГРН.pdf", "договор.pdf");
        assertThat(application.get("documents").findValuesAsText("signed")).containsExactly("false", "true");
        assertThat(application.get("documents").get(1).get("size").asInt()).isEqualTo(4);
        assertThat(application.get("documents").get(1).get("sha256").asText()).isEqualTo("bb22");

        String csv = get(readerA, "/api/v1/exports/applications?format=csv").body();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv.split("\r\n")[2]).isEqualTo("9001;ТП-2026-009001;OFFERED;\"г. Самара, СНТ «Рассвет», уч. 5\";15.00;550.00;"
                + "2026-11-01T10:05:00+03:00;2026-11-10T15:00:00+03:00;9002;договор.pdf;CONTRACT;application/pdf;4;bb22;true");
    }

    @Test
    @Covers("exportThefts")
    void anomalies_resolved_as_theft_name_the_account_of_their_meter() throws Exception {
        JsonNode page = json(get(readerA, "/api/v1/exports/thefts?from=2026-11-01"));

        assertThat(page.get("items").findValuesAsText("id")).containsExactly("9001");
        JsonNode theft = page.get("items").get(0);
        assertThat(List.of(theft.get("meterId").asText(), theft.get("account").asText(), theft.get("kind").asText(), theft.get("resolvedAt").asText()))
                .containsExactly("TM-A1", "A-1", "TAMPER_EVENT", "2026-11-04T13:00:00+03:00");
        assertThat(json(get(readerA, "/api/v1/exports/thefts?to=2026-11-03")).get("items")).isEmpty();
        assertThat(json(get(readerB, "/api/v1/exports/thefts")).get("items").findValuesAsText("id")).containsExactly("9003");
    }

    @Test
    void an_export_needs_exports_read() {
        String writer = api.key(ApiFixture.ORG_A, Scope.BILLING_WRITE);
        assertThat(get(writer, "/api/v1/exports/thefts").statusCode()).isEqualTo(403);
    }
}
