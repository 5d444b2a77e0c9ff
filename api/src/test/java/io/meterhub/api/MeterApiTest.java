package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.apikeys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET} and {@code PUT /api/v1/meters} against the running server and the real database. */
class MeterApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixture api;
    private static String writer;

    @BeforeAll
    static void start() {
        api = new ApiFixture("api_meters");
        writer = api.key(ApiFixture.ORG_A, Scope.REGISTRY_WRITE);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static String meter(String id, String controller, int digits) {
        return "{\"id\":\"" + id + "\",\"controllerId\":\"" + controller + "\",\"registerDigits\":" + digits
                + ",\"tariffRegisters\":0,\"intervalSeconds\":900,\"serial\":\"S-" + id + "\"}";
    }

    private static HttpResponse<String> put(String key, String... items) {
        return api.send("PUT", "/api/v1/meters", "{\"items\":[" + String.join(",", items) + "]}", "Authorization", "Bearer " + key);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String id() {
        return "M-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @Covers("upsertMeters")
    void a_bulk_upsert_registers_new_meters_updates_changed_ones_and_answers_each_item() throws Exception {
        String first = id();
        String second = id();
        HttpResponse<String> created = put(writer, meter(first, api.ctlA1, 6), meter(second, api.ctlA1, 6));
        HttpResponse<String> again = put(writer, meter(first, api.ctlA1, 6), meter(second, api.ctlA2, 7));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(json(created).get("accepted")).extracting(a -> a.get("result").asText()).containsExactly("created", "created");
        assertThat(json(again).get("accepted")).extracting(a -> a.get("result").asText()).containsExactly("unchanged", "updated");
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + second + "' AND controller_id = '" + api.ctlA2
                + "' AND register_digits = 7")).isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM audit_entry WHERE record_id IN ('" + first + "', '" + second
                + "') AND actor_login LIKE 'api-key:%'")).isEqualTo(3);
    }

    @Test
    void a_refused_item_names_its_bad_fields_and_costs_the_other_items_nothing() throws Exception {
        String good = id();
        String bad = id();
        String foreign = id();
        HttpResponse<String> response = put(writer, meter(bad, api.ctlA1, 20), meter(good, api.ctlA1, 6), meter(foreign, api.ctlB1, 6));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = json(response);
        assertThat(answer.get("accepted")).extracting(a -> a.get("index").asInt()).containsExactly(1);
        assertThat(answer.get("refused")).extracting(r -> r.get("index").asInt()).containsExactly(0, 2);
        assertThat(answer.at("/refused/0/errors/0/pointer").asText()).isEqualTo("#/items/0/registerDigits");
        assertThat(answer.at("/refused/0/errors/0/detail").asText()).isEqualTo("Register digits: 3 to 12");
        assertThat(answer.at("/refused/1/errors/0/pointer").asText()).isEqualTo("#/items/2/controllerId");
        assertThat(api.count("SELECT count(*) FROM meter WHERE id IN ('" + bad + "', '" + foreign + "')")).isZero();
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + good + "'")).isEqualTo(1);
    }

    @Test
    void an_unknown_field_a_wrong_type_or_an_impossible_date_refuses_the_whole_request_and_writes_nothing() throws Exception {
        String typo = id();
        String wrongType = id();
        String wrongDate = id();
        HttpResponse<String> date = put(writer, meter(wrongDate, api.ctlA1, 6).replace("\"serial\"", "\"installedOn\":\"2026-02-31\",\"serial\""));
        HttpResponse<String> misspelt = put(writer, meter(typo, api.ctlA1, 6).replace("\"serial\"", "\"serail\""));
        HttpResponse<String> text = put(writer, meter(wrongType, api.ctlA1, 6).replace("\"registerDigits\":6", "\"registerDigits\":\"six\""));

        assertThat(misspelt.statusCode()).as(misspelt.body()).isEqualTo(400);
        assertThat(text.statusCode()).as(text.body()).isEqualTo(400);
        assertThat(json(text).get("errors")).extracting(e -> e.get("pointer").asText()).containsExactly("#/items/0/registerDigits");
        assertThat(json(text).at("/errors/0/detail").asText()).containsIgnoringCase("integer");
        assertThat(json(misspelt).get("errors").toString()).contains("serail");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(json(date).get("errors")).extracting(e -> e.get("pointer").asText()).containsExactly("#/items/0/installedOn");
        assertThat(api.count("SELECT count(*) FROM meter WHERE id IN ('" + typo + "', '" + wrongType + "', '" + wrongDate + "')")).isZero();
    }

    @Test
    void a_meter_id_of_another_organization_is_refused_as_taken_and_stays_theirs() throws Exception {
        String theirs = id();
        api.sql("INSERT INTO meter (id, organization_id, controller_id) VALUES ('" + theirs + "', 'org-b', '" + api.ctlB1 + "')");
        HttpResponse<String> response = put(writer, meter(theirs, api.ctlA1, 6));

        assertThat(json(response).get("accepted")).isEmpty();
        assertThat(json(response).at("/refused/0/errors/0/pointer").asText()).isEqualTo("#/items/0/id");
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + theirs + "' AND organization_id = 'org-b'")).isEqualTo(1);
    }

    @Test
    void a_registered_meter_notifies_the_pipeline_as_the_registry_page_does() throws Exception {
        try (Connection listen = api.database.dataSource().getConnection(); Statement sql = listen.createStatement()) {
            sql.execute("LISTEN meter_registry_changed");
            put(writer, meter(id(), api.ctlA1, 6));
            PGConnection pg = listen.unwrap(PGConnection.class);
            assertThat(pg.getNotifications(5_000)).isNotEmpty();
        }
    }

    @Test
    @Covers("listMeters")
    void the_list_pages_by_cursor_filters_by_controller_and_shows_only_the_keys_organization() throws Exception {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(meter("L-" + i + "-" + api.suffix, api.ctlA2, 6));
        }
        put(writer, items.toArray(String[]::new));
        api.sql("INSERT INTO meter (id, organization_id, controller_id) VALUES ('L-B-" + api.suffix + "', 'org-b', '" + api.ctlB1 + "')");
        String reader = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String path = "/api/v1/meters?limit=2&controller=" + api.ctlA2 + (cursor == null ? "" : "&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> page = api.send("GET", path, (String) null, "X-Api-Key", reader);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            json(page).get("items").forEach(m -> seen.add(m.get("id").asText()));
            cursor = json(page).get("nextCursor").isNull() ? null : json(page).get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(seen).filteredOn(s -> s.startsWith("L-")).hasSize(5).doesNotContain("L-B-" + api.suffix);
        assertThat(pages).isEqualTo(3);
        HttpResponse<String> all = api.send("GET", "/api/v1/meters?limit=1000", (String) null, "X-Api-Key", reader);
        assertThat(all.body()).doesNotContain("L-B-" + api.suffix);
    }

    @Test
    void a_read_only_key_cannot_write_and_a_bad_cursor_or_limit_is_a_400_naming_the_parameter() throws Exception {
        String reader = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);
        HttpResponse<String> write = put(reader, meter(id(), api.ctlA1, 6));
        HttpResponse<String> cursor = api.send("GET", "/api/v1/meters?cursor=bm9wZQ", (String) null, "X-Api-Key", reader);
        HttpResponse<String> limit = api.send("GET", "/api/v1/meters?limit=100000", (String) null, "X-Api-Key", reader);

        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(cursor.statusCode()).isEqualTo(400);
        assertThat(json(cursor).at("/errors/0/parameter").asText()).isEqualTo("cursor");
        assertThat(limit.statusCode()).as(limit.body()).isEqualTo(400);
        assertThat(limit.body()).contains("limit");
    }

    @Test
    void a_key_of_another_organization_sees_none_of_these_meters() throws Exception {
        String mine = id();
        put(writer, meter(mine, api.ctlA1, 6));
        String other = api.key(ApiFixture.ORG_B, Scope.EXPORTS_READ);

        HttpResponse<String> response = api.send("GET", "/api/v1/meters?limit=1000", (String) null, "Authorization", "Bearer " + other);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(mine);
    }
}
