package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.apikeys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts and customers over the API: by the data loading's rules, pages, one by its key, personal data masked. */
class AccountApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixture api;
    private static String writer;
    private static String reader;

    @BeforeAll
    static void start() {
        api = new ApiFixture("api_accounts");
        writer = api.key(ApiFixture.ORG_A, Scope.REGISTRY_WRITE);
        reader = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> put(String path, String... items) {
        return api.send("PUT", path, "{\"items\":[" + String.join(",", items) + "]}", "Authorization", "Bearer " + writer);
    }

    private static HttpResponse<String> get(String path) {
        return api.send("GET", path, (String) null, "X-Api-Key", reader);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String account(String number, String name, String phone) {
        return "{\"number\":\"" + number + "\",\"customerKind\":\"INDIVIDUAL\",\"fullName\":\"" + name + "\",\"address\":\"г. Самара, ул. Ленина, д. 1\""
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + ",\"services\":[\"ELECTRICITY\",\"COLD_WATER\"]}";
    }

    @Test
    @Covers("upsertAccounts")
    void accounts_are_written_by_the_data_loadings_rules_and_a_bad_item_names_its_fields() throws Exception {
        String number = "A-" + api.suffix;
        long auditedBefore = api.count("SELECT count(*) FROM audit_entry WHERE action = 'load.api.accounts' AND actor_login LIKE 'api-key:%'");
        HttpResponse<String> created = put("/api/v1/accounts", account(number, "Иванов Иван Иванович", "+7 912 345-67-67"),
                "{\"number\":\"bad number!\",\"customerKind\":\"LEGAL_ENTITY\",\"fullName\":\"X\",\"address\":\"Y\",\"phone\":\"12\"}",
                account(number, "Дубль", null));
        HttpResponse<String> updated = put("/api/v1/accounts", account(number, "Иванова Мария Петровна", null));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode answer = json(created);
        assertThat(answer.get("accepted")).extracting(a -> a.get("index").asInt() + ":" + a.get("result").asText()).containsExactly("0:created");
        assertThat(answer.get("refused")).extracting(r -> r.get("index").asInt()).containsExactly(1, 2);
        assertThat(answer.at("/refused/0/errors")).extracting(e -> e.get("pointer").asText())
                .containsExactlyInAnyOrder("#/items/1/number", "#/items/1/phone");
        assertThat(answer.at("/refused/1/errors/0/pointer").asText()).isEqualTo("#/items/2/number");
        assertThat(json(updated).at("/accepted/0/result").asText()).isEqualTo("updated");
        assertThat(api.count("SELECT count(*) FROM account a JOIN customer c ON c.id = a.holder_id WHERE a.organization_id = 'org-a' AND a.number = '"
                + number + "' AND c.full_name = 'Иванова Мария Петровна' AND c.phone IS NULL AND c.kind = 'INDIVIDUAL'")).isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM account_service s JOIN account a ON a.id = s.account_id WHERE a.number = '" + number + "'"))
                .isEqualTo(2);
        assertThat(api.count("SELECT count(*) FROM account WHERE number = 'bad number!'")).isZero();
        assertThat(api.count("SELECT count(*) FROM audit_entry WHERE action = 'load.api.accounts' AND actor_login LIKE 'api-key:%'"))
                .as("one entry a request").isEqualTo(auditedBefore + 2);
    }

    @Test
    @Covers({"listAccounts", "getAccount"})
    void accounts_page_by_cursor_filter_by_number_and_updated_since_and_are_read_by_number() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add("L" + i + "-" + api.suffix);
        }
        put("/api/v1/accounts", numbers.stream().map(n -> account(n, "Петров Пётр", null)).toArray(String[]::new));
        api.sql("UPDATE account SET updated_at = now() - interval '2 days' WHERE number = '" + numbers.get(0) + "'");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = get("/api/v1/accounts?limit=2" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor,
                    StandardCharsets.UTF_8)));
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            json(page).get("items").forEach(a -> seen.add(a.get("number").asText()));
            cursor = json(page).get("nextCursor").isNull() ? null : json(page).get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 50);
        String since = URLEncoder.encode(Instant.now().minusSeconds(3600).toString(), StandardCharsets.UTF_8);
        HttpResponse<String> recent = get("/api/v1/accounts?limit=1000&updatedSince=" + since);
        HttpResponse<String> byNumber = get("/api/v1/accounts?number=" + numbers.get(1));
        HttpResponse<String> one = get("/api/v1/accounts/" + numbers.get(2));
        HttpResponse<String> none = get("/api/v1/accounts/none-" + api.suffix);

        assertThat(seen).containsAll(numbers).doesNotHaveDuplicates();
        assertThat(json(recent).get("items")).extracting(a -> a.get("number").asText()).contains(numbers.get(1), numbers.get(2))
                .doesNotContain(numbers.get(0));
        assertThat(json(byNumber).get("items")).extracting(a -> a.get("number").asText()).containsExactly(numbers.get(1));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json(one).get("organization").asText()).isEqualTo("org-a");
        assertThat(json(one).get("services")).extracting(JsonNode::asText).containsExactly("COLD_WATER", "ELECTRICITY");
        assertThat(json(one).get("address").asText()).isEqualTo("г. Самара, ул. Ленина, д. 1");
        assertThat(none.statusCode()).isEqualTo(404);
        put("/api/v1/accounts", account(numbers.get(0), "Петров Пётр", null).replace("\"COLD_WATER\"", "\"HOT_WATER\""));
        assertThat(json(get("/api/v1/accounts?limit=1000&updatedSince=" + since)).get("items")).extracting(a -> a.get("number").asText())
                .as("a service connected changes the account").contains(numbers.get(0));
    }

    @Test
    @Covers({"upsertCustomers", "listCustomers", "getCustomer"})
    void a_customer_is_written_as_an_accounts_holder_and_read_with_snils_passport_and_phone_masked() throws Exception {
        String number = "C-" + api.suffix;
        put("/api/v1/accounts", account(number, "Сидоров Сидор", null));
        api.sql("UPDATE customer SET snils = '112-233-445 95', passport = '3604 123456', inn = '123456789012' WHERE id = (SELECT holder_id FROM account "
                + "WHERE number = '" + number + "')");
        HttpResponse<String> written = put("/api/v1/customers",
                "{\"accountNumber\":\"" + number + "\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"Сидорова Анна\",\"phone\":\"+7 912 000-11-22\","
                        + "\"email\":\"anna@example.ru\"}",
                "{\"accountNumber\":\"none-" + api.suffix + "\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"Никто\"}",
                "{\"accountNumber\":\"" + number + "\",\"kind\":\"INDIVIDUAL\",\"fullName\":\"Сидорова Анна\",\"email\":\"not an email\"}");

        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(json(written).get("accepted")).extracting(a -> a.get("index").asInt() + ":" + a.get("result").asText()).containsExactly("0:updated");
        assertThat(json(written).get("refused")).extracting(r -> r.at("/errors/0/pointer").asText())
                .containsExactly("#/items/1/accountNumber", "#/items/2/email");
        HttpResponse<String> list = get("/api/v1/customers?accountNumber=" + number);
        JsonNode customer = json(list).at("/items/0");
        HttpResponse<String> one = get("/api/v1/customers/" + customer.get("id").asLong());
        HttpResponse<String> all = get("/api/v1/customers?limit=1000");

        assertThat(json(list).get("items")).hasSize(1);
        assertThat(customer.get("fullName").asText()).isEqualTo("Сидорова Анна");
        assertThat(customer.get("phone").asText()).isEqualTo("+7 *** ***-**-22");
        assertThat(customer.get("snils").asText()).isEqualTo("***-***-445 95");
        assertThat(customer.get("passport").asText()).isEqualTo("**** ***456");
        assertThat(customer.get("inn").asText()).isEqualTo("********9012");
        assertThat(customer.get("email").asText()).isEqualTo("anna@example.ru");
        assertThat(customer.get("accounts")).extracting(a -> a.get("organization").asText() + "/" + a.get("number").asText())
                .containsExactly("org-a/" + number);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).doesNotContain("112-233", "3604", "000-11", "123456789012");
        assertThat(all.body()).doesNotContain("112-233", "3604 123456", "000-11");
        assertThat(api.count("SELECT count(*) FROM customer WHERE phone = '+7 912 000-11-22' AND email = 'anna@example.ru' AND snils = '112-233-445 95'"))
                .isEqualTo(1);
    }

    @Test
    void another_organizations_accounts_and_customers_are_not_seen() throws Exception {
        String theirs = "B-" + api.suffix;
        String otherWriter = api.key(ApiFixture.ORG_B, Scope.REGISTRY_WRITE);
        api.send("PUT", "/api/v1/accounts", "{\"items\":[" + account(theirs, "Чужой Человек", "+7 900 111-22-33") + "]}", "X-Api-Key", otherWriter);
        long holder = api.count("SELECT holder_id FROM account WHERE number = '" + theirs + "'");

        HttpResponse<String> accounts = get("/api/v1/accounts?limit=1000");
        HttpResponse<String> customers = get("/api/v1/customers?limit=1000");
        HttpResponse<String> one = get("/api/v1/customers/" + holder);
        HttpResponse<String> account = get("/api/v1/accounts/" + theirs);
        HttpResponse<String> named = get("/api/v1/accounts?organization=org-b");

        assertThat(accounts.body()).doesNotContain(theirs);
        assertThat(customers.body()).doesNotContain("Чужой");
        assertThat(one.statusCode()).isEqualTo(404);
        assertThat(account.statusCode()).isEqualTo(404);
        assertThat(named.statusCode()).isEqualTo(400);
        assertThat(json(named).at("/errors/0/parameter").asText()).isEqualTo("organization");
    }
}
