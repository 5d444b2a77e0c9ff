package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.apikeys.Scope;
import io.meterhub.protocols.mqtt.MosquittoPasswordHash;
import io.meterhub.storage.registry.ControllerCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET}, {@code PUT /api/v1/controllers} and {@code GET /api/v1/controllers/{id}} against the running server and the real database. */
class ControllerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixture api;
    private static String writer;

    @BeforeAll
    static void start() {
        api = new ApiFixture("api_controllers");
        writer = api.key(ApiFixture.ORG_A, Scope.REGISTRY_WRITE);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static HttpResponse<String> put(String key, String... items) {
        return api.send("PUT", "/api/v1/controllers", "{\"items\":[" + String.join(",", items) + "]}", "Authorization", "Bearer " + key);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String id() {
        return "ctl-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String mqtt(String id, String description) {
        return "{\"id\":\"" + id + "\",\"protocol\":\"MQTT\",\"description\":\"" + description + "\"}";
    }

    private static String passwordHash(String controller) throws Exception {
        try (Connection c = api.database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT mqtt_password_hash FROM controller WHERE id = ?")) {
            s.setString(1, controller);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    @Test
    @Covers("upsertControllers")
    void a_new_mqtt_controller_gets_its_broker_password_once_and_only_its_hash_is_kept() throws Exception {
        String id = id();
        HttpResponse<String> created = put(writer, mqtt(id, "ТП-12"));
        HttpResponse<String> again = put(writer, mqtt(id, "ТП-12"));
        HttpResponse<String> changed = put(writer, mqtt(id, "ТП-12, ввод 2"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode credentials = json(created).at("/accepted/0/credentials");
        assertThat(json(created).at("/accepted/0/result").asText()).isEqualTo("created");
        assertThat(credentials.get("user").asText()).isEqualTo(id);
        assertThat(credentials.get("topic").asText()).isEqualTo("meterhub/v1/" + id + "/up");
        String password = credentials.get("password").asText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        String hash = passwordHash(id);
        assertThat(hash).startsWith("$7$").doesNotContain(password);
        assertThat(MosquittoPasswordHash.matches(password.getBytes(StandardCharsets.UTF_8), hash)).isTrue();
        assertThat(new ControllerCredentials(api.database.dataSource()).matches(id, password.getBytes(StandardCharsets.UTF_8)))
                .as("the demo broker's login check takes it at once").isTrue();
        assertThat(json(again).at("/accepted/0/result").asText()).isEqualTo("unchanged");
        assertThat(json(again).at("/accepted/0/credentials").isNull()).isTrue();
        assertThat(json(changed).at("/accepted/0/result").asText()).isEqualTo("updated");
        assertThat(passwordHash(id)).as("an update keeps the password").isEqualTo(hash);
        assertThat(api.count("SELECT count(*) FROM controller WHERE id = '" + id + "' AND organization_id = 'org-a' AND description = 'ТП-12, ввод 2'"))
                .isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM audit_entry WHERE record_id = '" + id + "' AND actor_login LIKE 'api-key:%'")).isEqualTo(3);
        assertThat(api.count("SELECT count(*) FROM audit_entry WHERE record_id = '" + id + "' AND after::text LIKE '%" + password + "%'"))
                .as("the password never reaches the audit log").isZero();
    }

    @Test
    void a_modbus_controller_is_registered_with_its_polling_without_a_password_and_bad_items_name_their_fields() throws Exception {
        String modbus = id();
        String bad = id();
        HttpResponse<String> response = put(writer,
                "{\"id\":\"" + modbus + "\",\"protocol\":\"MODBUS\",\"modbusHost\":\"10.20.0.7\",\"modbusUnitId\":1,"
                        + "\"modbusProfile\":\"eastron-sdm630\",\"pollIntervalSeconds\":60}",
                "{\"id\":\"" + bad + "\",\"protocol\":\"MODBUS\",\"modbusHost\":\"10.20.0.8\",\"modbusUnitId\":300,"
                        + "\"modbusProfile\":\"no-such-meter\",\"pollIntervalSeconds\":60}",
                mqtt(api.ctlB1, "someone else's"),
                mqtt("meterhub-api", "reserved"));

        JsonNode answer = json(response);
        assertThat(answer.get("accepted")).extracting(a -> a.get("index").asInt()).containsExactly(0);
        assertThat(answer.at("/accepted/0/credentials").isNull()).isTrue();
        assertThat(answer.get("refused")).extracting(r -> r.get("index").asInt()).containsExactly(1, 2, 3);
        assertThat(answer.at("/refused/0/errors")).extracting(e -> e.get("pointer").asText())
                .containsExactlyInAnyOrder("#/items/1/modbusUnitId", "#/items/1/modbusProfile");
        assertThat(answer.at("/refused/1/errors/0/pointer").asText()).isEqualTo("#/items/2/id");
        assertThat(answer.at("/refused/2/errors/0/pointer").asText()).isEqualTo("#/items/3/id");
        assertThat(api.count("SELECT count(*) FROM controller WHERE id = '" + modbus + "' AND protocol = 'MODBUS' AND modbus_port = 502 "
                + "AND modbus_unit_id = 1 AND poll_interval_seconds = 60 AND mqtt_password_hash IS NULL")).isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM controller WHERE id = '" + bad + "'")).isZero();
        assertThat(api.count("SELECT count(*) FROM controller WHERE id = '" + api.ctlB1 + "' AND organization_id = 'org-b'")).isEqualTo(1);
    }

    @Test
    @Covers({"listControllers", "getController"})
    void the_list_pages_by_cursor_and_one_controller_is_read_by_id_but_never_another_organizations() throws Exception {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add("ctl-l" + i + "-" + api.suffix);
        }
        put(writer, mine.stream().map(id -> mqtt(id, "listed")).toArray(String[]::new));
        String reader = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = api.send("GET", "/api/v1/controllers?limit=2" + (cursor == null ? "" : "&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), (String) null, "X-Api-Key", reader);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            json(page).get("items").forEach(c -> seen.add(c.get("id").asText()));
            cursor = json(page).get("nextCursor").isNull() ? null : json(page).get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 50);
        HttpResponse<String> one = api.send("GET", "/api/v1/controllers/" + mine.get(0), (String) null, "X-Api-Key", reader);
        HttpResponse<String> theirs = api.send("GET", "/api/v1/controllers/" + api.ctlB1, (String) null, "X-Api-Key", reader);
        HttpResponse<String> none = api.send("GET", "/api/v1/controllers/no-such-" + api.suffix, (String) null, "X-Api-Key", reader);

        assertThat(seen).containsAll(mine).contains(api.ctlA1, api.ctlA2).doesNotContain(api.ctlB1).doesNotHaveDuplicates();
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json(one).get("organization").asText()).isEqualTo("org-a");
        assertThat(json(one).get("protocol").asText()).isEqualTo("MQTT");
        assertThat(json(one).get("credentialsIssuedAt").isNull()).isFalse();
        assertThat(one.body()).doesNotContain("password");
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(theirs.body()).get("detail").asText().replace(api.ctlB1, "X"))
                .isEqualTo(JSON.readTree(none.body()).get("detail").asText().replace("no-such-" + api.suffix, "X"));
    }
}
