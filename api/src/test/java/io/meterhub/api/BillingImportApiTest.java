package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.api.keys.Scope;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The billing exchange's imports against the running server and the real database, by the control panel's rules. */
class BillingImportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static ApiFixture api;
    private static String billingA;
    private static String billingB;

    @BeforeAll
    static void start() {
        api = new ApiFixture("api_billing_import");
        billingA = api.key(ApiFixture.ORG_A, Scope.BILLING_WRITE);
        billingB = api.key(ApiFixture.ORG_B, Scope.BILLING_WRITE);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> post(String key, String what, String... items) {
        return api.send("POST", "/api/v1/billing/" + what, "{\"items\":[" + String.join(",", items) + "]}", "Authorization", "Bearer " + key,
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String prefix() {
        return "L" + UUID.randomUUID().toString().substring(0, 6) + "-";
    }

    private static String account(String number, String name) {
        return "{\"number\":\"" + number + "\",\"fullName\":\"" + name + "\",\"customerKind\":\"INDIVIDUAL\",\"address\":\"г. Самара, ул. Ленина, д. 1\","
                + "\"phone\":\"+7 912 345-67-67\",\"services\":[\"ELECTRICITY\"],\"openedOn\":\"2024-02-01\"}";
    }

    private static String amount(String account, String service, String period, String amount) {
        return "{\"account\":\"" + account + "\",\"service\":\"" + service + "\",\"period\":\"" + period + "\",\"amount\":" + amount + "}";
    }

    private static String payment(String account, String paidOn, String amount, String externalId) {
        return "{\"account\":\"" + account + "\",\"service\":\"ELECTRICITY\",\"paidOn\":\"" + paidOn + "\",\"amount\":\"" + amount
                + "\",\"externalId\":\"" + externalId + "\"}";
    }

    private static String ledger(String prefix) {
        return api.text("SELECT string_agg(a.number || ' ' || e.service_code || ' ' || e.kind || ' ' || e.period || ' ' || e.amount, ', '"
                + " ORDER BY a.number, e.service_code, e.kind, e.period, e.amount) FROM ledger_entry e JOIN account a ON a.id = e.account_id"
                + " WHERE a.number LIKE '" + prefix + "%'");
    }

    private static List<String> results(JsonNode answer) {
        return answer.get("accepted").findValuesAsText("result");
    }

    @Test
    @Covers({"importAccounts", "importServices", "importCharges", "importDebts", "importPayments"})
    void a_months_load_lands_by_natural_keys_and_the_same_load_sent_again_changes_nothing() throws Exception {
        String p = prefix();
        String[] accounts = {account(p + "1", "Иванов Иван Иванович"), account(p + "2", "Петрова Анна Сергеевна")};
        String[] services = {"{\"account\":\"" + p + "1\",\"service\":\"COLD_WATER\"}",
                "{\"account\":\"" + p + "2\",\"service\":\"ELECTRICITY\",\"action\":\"disconnect\"}"};
        String[] charges = {amount(p + "1", "ELECTRICITY", "2026-11", "\"1520.35\""), amount(p + "2", "ELECTRICITY", "2026-11", "1000.1")};
        String[] debts = {amount(p + "1", "ELECTRICITY", "2026-10", "\"-120.50\"")};
        String[] payments = {payment(p + "1", "2026-11-05", "1520.35", p + "ПП-1")};

        assertThat(results(json(post(billingA, "accounts", accounts)))).containsExactly("created", "created");
        assertThat(results(json(post(billingA, "services", services)))).containsExactly("created", "updated");
        JsonNode charged = json(post(billingA, "charges", charges));
        assertThat(results(json(post(billingA, "debts", debts)))).containsExactly("created");
        assertThat(results(json(post(billingA, "payments", payments)))).containsExactly("created");

        assertThat(results(charged)).containsExactly("created", "created");
        assertThat(charged.get("accepted").get(0).get("id").asText()).isEqualTo(p + "1/ELECTRICITY/2026-11-01/CHARGE");
        String expected = p + "1 ELECTRICITY ADJUSTMENT 2026-10-01 -120.50, " + p + "1 ELECTRICITY CHARGE 2026-11-01 1520.35, "
                + p + "1 ELECTRICITY PAYMENT 2026-11-01 1520.35, " + p + "2 ELECTRICITY CHARGE 2026-11-01 1000.10";
        assertThat(ledger(p)).isEqualTo(expected);
        assertThat(api.text("SELECT string_agg(a.number || ' ' || c.full_name || ' ' || c.kind || ' ' || a.opened_on, ', ' ORDER BY a.number)"
                + " FROM account a JOIN customer c ON c.id = a.holder_id WHERE a.organization_id = 'org-a' AND a.number LIKE '" + p + "%'"))
                .isEqualTo(p + "1 Иванов Иван Иванович INDIVIDUAL 2024-02-01, " + p + "2 Петрова Анна Сергеевна INDIVIDUAL 2024-02-01");
        String servicesQuery = "SELECT string_agg(a.number || ' ' || s.service_code, ', ' ORDER BY a.number, s.service_code) FROM account_service s"
                + " JOIN account a ON a.id = s.account_id WHERE a.number LIKE '" + p + "%'";
        assertThat(api.text(servicesQuery)).isEqualTo(p + "1 COLD_WATER, " + p + "1 ELECTRICITY");
        long customers = api.count("SELECT count(*) FROM customer");
        long entries = api.count("SELECT count(*) FROM ledger_entry");

        // the next month's exchange sends the same load again, under new Idempotency-Keys: nothing changes
        assertThat(results(json(post(billingA, "accounts", accounts)))).containsExactly("updated", "updated");
        json(post(billingA, "services", services));
        assertThat(results(json(post(billingA, "charges", charges)))).containsExactly("updated", "updated");
        json(post(billingA, "debts", debts));
        assertThat(results(json(post(billingA, "payments", payments)))).containsExactly("updated");

        assertThat(ledger(p)).isEqualTo(expected);
        assertThat(api.text(servicesQuery)).isEqualTo(p + "1 COLD_WATER, " + p + "1 ELECTRICITY");
        assertThat(api.count("SELECT count(*) FROM customer")).isEqualTo(customers);
        assertThat(api.count("SELECT count(*) FROM ledger_entry")).isEqualTo(entries);
        assertThat(api.count("SELECT count(*) FROM audit_entry WHERE action = 'load.api.charges' AND actor_login LIKE 'api-key:%'")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_bad_item_is_refused_by_its_pointer_while_the_others_land() throws Exception {
        String p = prefix();
        json(post(billingA, "accounts", account(p + "1", "Иванов Иван")));
        JsonNode answer = json(post(billingA, "charges",
                amount(p + "1", "ELECTRICITY", "2026-11", "\"99.99\""),
                amount(p + "9", "ELECTRICITY", "2026-11", "\"10\""),
                amount(p + "1", "WASTE", "2026-11", "\"-5\""),
                amount(p + "1", "COLD_WATER", "2026-13", "\"10\""),
                amount(p + "1", "HOT_WATER", "2026-11", "\"10.005\""),
                amount(p + "1", "GAS", "2026-11", "\"10\"")));

        assertThat(answer.get("accepted").findValuesAsText("index")).containsExactly("0");
        assertThat(answer.get("refused").findValuesAsText("pointer")).containsExactly("#/items/1/account", "#/items/2/amount",
                "#/items/3/period", "#/items/4/amount", "#/items/5/service");
        assertThat(answer.get("refused").get(0).get("errors").get(0).get("detail").asText())
                .isEqualTo("no such account in the organization (load the accounts first)");
        assertThat(ledger(p)).isEqualTo(p + "1 ELECTRICITY CHARGE 2026-11-01 99.99");
    }

    @Test
    void an_external_id_is_one_payment_in_the_organization() throws Exception {
        String p = prefix();
        json(post(billingA, "accounts", account(p + "1", "Иванов Иван"), account(p + "2", "Петров Пётр")));
        json(post(billingA, "payments", payment(p + "1", "2026-11-05", "100.00", p + "7")));

        JsonNode answer = json(post(billingA, "payments", payment(p + "2", "2026-11-06", "50.00", p + "7"),
                payment(p + "1", "2026-11-06", "10.00", p + "8"), payment(p + "2", "2026-11-06", "20.00", p + "8")));

        assertThat(answer.get("accepted").findValuesAsText("index")).containsExactly("1");
        assertThat(answer.get("refused").findValuesAsText("pointer")).containsExactly("#/items/0/externalId", "#/items/2/externalId");
        assertThat(answer.get("refused").get(0).get("errors").get(0).get("detail").asText())
                .isEqualTo("this payment document is already recorded as a payment of account " + p + "1, service ELECTRICITY");
        assertThat(ledger(p)).isEqualTo(p + "1 ELECTRICITY PAYMENT 2026-11-01 10.00, " + p + "1 ELECTRICITY PAYMENT 2026-11-01 100.00");
    }

    @Test
    void another_organizations_accounts_are_unknown_to_a_key() throws Exception {
        String p = prefix();
        json(post(billingA, "accounts", account(p + "1", "Иванов Иван")));

        JsonNode answer = json(post(billingB, "charges", amount(p + "1", "ELECTRICITY", "2026-11", "\"10\"")));

        assertThat(answer.get("accepted")).isEmpty();
        assertThat(answer.get("refused").findValuesAsText("pointer")).containsExactly("#/items/0/account");
        assertThat(ledger(p)).isNull();
    }

    @Test
    void a_key_without_billing_write_may_not_import_and_a_misspelt_field_refuses_the_request_whole() {
        String reader = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);
        HttpResponse<String> forbidden = post(reader, "charges", amount("X-1", "ELECTRICITY", "2026-11", "\"10\""));
        HttpResponse<String> misspelt = post(billingA, "charges", "{\"account\":\"X-1\",\"service\":\"ELECTRICITY\",\"period\":\"2026-11\","
                + "\"amount\":\"10\",\"ammount\":\"10\"}");

        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(misspelt.statusCode()).as(misspelt.body()).isEqualTo(400);
        assertThat(misspelt.body()).contains("#/items/0");
    }

    @Test
    @Covers("importBillingFile")
    void a_csv_template_answers_the_control_panels_report_and_lands_its_valid_rows() throws Exception {
        String p = prefix();
        json(post(billingA, "accounts", account(p + "1", "Иванов Иван")));
        String csv = "Лицевой счёт;Услуга;Период;Сумма;Вид записи\r\n"
                + p + "1;Электроэнергия;11.2026;1 520,35;начисление\r\n"
                + p + "1;WASTE;11.2026;0,001;начисление\r\n";

        HttpResponse<String> response = api.send("POST", "/api/v1/billing/files/balances", csv.getBytes(StandardCharsets.UTF_8),
                "Authorization", "Bearer " + billingA, "Content-Type", "text/csv; charset=utf-8");

        JsonNode report = json(response);
        assertThat(List.of(report.get("rowsTotal").asInt(), report.get("rowsValid").asInt(), report.get("rowsBad").asInt(),
                report.get("rowsNew").asInt(), report.get("rowsApplied").asInt())).containsExactly(2, 1, 1, 1, 1);
        JsonNode problem = report.get("problems").get(0);
        assertThat(problem.get("row").asInt()).isEqualTo(3);
        assertThat(problem.get("column").asText()).isEqualTo("Сумма");
        assertThat(problem.get("message").asText()).startsWith("строка 3, «Сумма»: 0,001 — ");
        assertThat(ledger(p)).isEqualTo(p + "1 ELECTRICITY CHARGE 2026-11-01 1520.35");
    }

    @Test
    void an_xlsx_template_made_by_excel_loads_and_loaded_again_only_updates() throws Exception {
        String p = prefix();
        byte[] xlsx = workbook(List.of(
                List.of("Лицевой счёт", "ФИО / наименование", "Вид потребителя", "Адрес", "Услуги"),
                List.of(p + "1", "Сидоров Сидор", "физическое лицо", "г. Самара, ул. Мира, д. 3", "Электроэнергия"),
                List.of(p + "2", "ООО «Ромашка»", "ЮЛ", "г. Самара, ул. Мира, д. 4", "WASTE")));

        JsonNode first = json(api.send("POST", "/api/v1/billing/files/accounts", xlsx, "Authorization", "Bearer " + billingA, "Content-Type", XLSX));
        JsonNode again = json(api.send("POST", "/api/v1/billing/files/accounts", xlsx, "Authorization", "Bearer " + billingA, "Content-Type", XLSX));

        assertThat(List.of(first.get("rowsTotal").asInt(), first.get("rowsNew").asInt(), first.get("rowsUpdated").asInt())).containsExactly(2, 2, 0);
        assertThat(List.of(again.get("rowsNew").asInt(), again.get("rowsUpdated").asInt())).containsExactly(0, 2);
        assertThat(api.text("SELECT string_agg(a.number || ' ' || c.full_name || ' ' || c.kind, ', ' ORDER BY a.number) FROM account a"
                + " JOIN customer c ON c.id = a.holder_id WHERE a.number LIKE '" + p + "%'"))
                .isEqualTo(p + "1 Сидоров Сидор INDIVIDUAL, " + p + "2 ООО «Ромашка» LEGAL_ENTITY");
    }

    @Test
    void a_file_without_a_required_column_is_refused_whole() throws Exception {
        HttpResponse<String> response = api.send("POST", "/api/v1/billing/files/payments",
                "Лицевой счёт;Сумма\r\nX-1;10\r\n".getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + billingA, "Content-Type", "text/csv");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo("urn:meterhub:problem:file-refused");
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("«Услуга»");
    }

    @Test
    void any_bytes_as_a_file_are_refused_with_a_problem_and_the_server_goes_on() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(15).nextBytes(noise);
        byte[] brokenZip = java.util.Arrays.copyOf("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), 4096);
        System.arraycopy(noise, 0, brokenZip, 4, 4092);

        for (byte[] body : List.of(noise, brokenZip)) {
            HttpResponse<String> response = api.send("POST", "/api/v1/billing/files/accounts", body, "Authorization", "Bearer " + billingA,
                    "Content-Type", XLSX);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
            assertThat(JSON.readTree(response.body()).get("type").asText()).isEqualTo("urn:meterhub:problem:file-refused");
        }
        assertThat(post(billingA, "accounts", account(prefix() + "1", "Иванов Иван")).statusCode()).isEqualTo(200);
    }

    @Test
    void ten_thousand_items_land_in_one_call() throws Exception {
        String p = prefix();
        StringBuilder accounts = new StringBuilder();
        StringBuilder charges = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            accounts.append(i == 0 ? "" : ",").append(account(p + i, "Абонент " + i));
            charges.append(i == 0 ? "" : ",").append(amount(p + i, "ELECTRICITY", "2026-11", "\"" + (i + 1) + ".25\""));
        }
        long started = System.nanoTime();
        JsonNode loadedAccounts = json(post(billingA, "accounts", accounts.toString()));
        long accountsMs = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        JsonNode loadedCharges = json(post(billingA, "charges", charges.toString()));
        long chargesMs = (System.nanoTime() - started) / 1_000_000;
        System.out.println("billing import of 10,000 items: accounts " + accountsMs + " ms, charges " + chargesMs + " ms");

        assertThat(loadedAccounts.get("accepted")).hasSize(10_000);
        assertThat(loadedCharges.get("accepted")).hasSize(10_000);
        assertThat(api.text("SELECT sum(e.amount) FROM ledger_entry e JOIN account a ON a.id = e.account_id WHERE a.number LIKE '" + p + "%'"))
                .isEqualTo("50007500.00"); // 10,000 * 10,001 / 2 + 10,000 * 0.25
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Данные");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
