package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.apikeys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/meters/{id}} and {@code POST /api/v1/meters/{id}/replacement}: the registry's replacement, and its values on the broker. */
class MeterReplacementApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixture api;
    private static BrokerWatch broker;
    private static String writer;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture("api_replacement");
        broker = new BrokerWatch("meterhub/v1/+/up");
        writer = api.key(ApiFixture.ORG_A, Scope.REGISTRY_WRITE);
    }

    @AfterAll
    static void stop() throws Exception {
        broker.close();
        api.close();
    }

    private static String registered(String controller) {
        String id = "M-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> put = api.send("PUT", "/api/v1/meters", "{\"items\":[{\"id\":\"" + id + "\",\"controllerId\":\"" + controller
                + "\",\"registerDigits\":6,\"tariffRegisters\":2,\"intervalSeconds\":900,\"serial\":\"S-" + id + "\"}]}", "X-Api-Key", writer);
        assertThat(put.body()).contains("created");
        return id;
    }

    private static HttpResponse<String> replace(String oldId, String newId, Instant at, String finalValues) {
        return api.send("POST", "/api/v1/meters/" + oldId + "/replacement", "{\"replacedAt\":\"" + at + "\",\"finalValues\":" + finalValues
                + ",\"newMeter\":{\"id\":\"" + newId + "\",\"controllerId\":\"" + api.ctlA2 + "\",\"number\":\"N-" + newId
                + "\",\"serial\":\"SN-" + newId + "\",\"registerDigits\":6,\"tariffRegisters\":2,\"intervalSeconds\":900},"
                + "\"initialValues\":{\"1.8.0\":0.4,\"1.8.1\":0.3,\"1.8.2\":0.1},\"reason\":\"failed verification\"}",
                "X-Api-Key", writer, "Idempotency-Key", UUID.randomUUID().toString());
    }

    @Test
    @Covers("getMeter")
    void one_meter_is_read_by_id_with_its_organization_and_another_organizations_is_not_found() throws Exception {
        String mine = registered(api.ctlA1);
        api.sql("INSERT INTO meter (id, organization_id, controller_id) VALUES ('B-" + api.suffix + "', 'org-b', '" + api.ctlB1 + "')");
        String reader = api.key(ApiFixture.ORG_A, Scope.EXPORTS_READ);

        HttpResponse<String> one = api.send("GET", "/api/v1/meters/" + mine, (String) null, "X-Api-Key", reader);
        HttpResponse<String> theirs = api.send("GET", "/api/v1/meters/B-" + api.suffix, (String) null, "X-Api-Key", reader);

        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        JsonNode meter = JSON.readTree(one.body());
        assertThat(meter.get("organization").asText()).isEqualTo("org-a");
        assertThat(meter.get("id").asText()).isEqualTo(mine);
        assertThat(meter.get("controllerId").asText()).isEqualTo(api.ctlA1);
        assertThat(meter.get("tariffRegisters").asInt()).isEqualTo(2);
        assertThat(theirs.statusCode()).isEqualTo(404);
        assertThat(theirs.body()).doesNotContain("org-b");
    }

    @Test
    @Covers("replaceMeter")
    void a_replacement_records_both_meters_and_publishes_the_final_and_initial_values_at_the_swap() throws Exception {
        String old = registered(api.ctlA1);
        String installed = "M-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> response = replace(old, installed, at, "{\"1.8.0\":48213.7,\"1.8.1\":30110.2,\"1.8.2\":18103.5}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("readingsPublished").asBoolean()).as(response.body()).isTrue();
        assertThat(answer.get("oldMeterId").asText()).isEqualTo(old);
        assertThat(answer.get("newMeterId").asText()).isEqualTo(installed);
        assertThat(answer.at("/finalValues/1.8.0").decimalValue()).isEqualByComparingTo("48213.7");
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + old + "' AND removed_on IS NOT NULL")).isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + installed + "' AND organization_id = 'org-a' AND controller_id = '"
                + api.ctlA2 + "' AND removed_on IS NULL AND serial = 'SN-" + installed + "'")).isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM meter_replacement WHERE old_meter_id = '" + old + "' AND new_meter_id = '" + installed
                + "' AND (final_values->>'1.8.0')::numeric = 48213.7 AND (initial_values->>'1.8.0')::numeric = 0.4 AND replaced_by IS NULL"))
                .isEqualTo(1);
        assertThat(api.count("SELECT count(*) FROM audit_entry WHERE action = 'registry.meter.replace' AND record_id = '" + old
                + "' AND actor_login LIKE 'api-key:%'")).isEqualTo(1);
        List<BrokerWatch.Received> oldReadings = broker.await("\"" + old + "\"", 1, Duration.ofSeconds(10));
        List<BrokerWatch.Received> newReadings = broker.await("\"" + installed + "\"", 1, Duration.ofSeconds(10));
        assertThat(oldReadings).singleElement().satisfies(m -> {
            assertThat(m.topic()).isEqualTo("meterhub/v1/" + api.ctlA1 + "/up");
            assertThat(m.payload()).contains("\"ts\":\"" + at + "\"", "\"1.8.0\":48213.7", "\"1.8.1\":30110.2", "\"1.8.2\":18103.5");
        });
        assertThat(newReadings).singleElement().satisfies(m -> {
            assertThat(m.topic()).isEqualTo("meterhub/v1/" + api.ctlA2 + "/up");
            assertThat(m.payload()).contains("\"ts\":\"" + at + "\"", "\"1.8.0\":0.4", "\"1.8.1\":0.3", "\"1.8.2\":0.1");
        });
    }

    @Test
    void a_meter_replaced_already_a_value_beyond_its_registers_or_a_future_time_is_422_and_writes_nothing() throws Exception {
        String old = registered(api.ctlA1);
        String first = "M-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "M-" + UUID.randomUUID().toString().substring(0, 8);
        String third = "M-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> beyond = replace(old, first, Instant.now().minusSeconds(60), "{\"1.8.0\":1000000,\"1.8.3\":1}");
        HttpResponse<String> future = replace(old, first, Instant.now().plus(1, ChronoUnit.DAYS), "{\"1.8.0\":10}");
        HttpResponse<String> done = replace(old, second, Instant.now().minusSeconds(60), "{\"1.8.0\":10}");
        HttpResponse<String> twice = replace(old, third, Instant.now().minusSeconds(30), "{\"1.8.0\":11}");
        HttpResponse<String> unknown = replace("no-such-" + api.suffix, third, Instant.now().minusSeconds(30), "{\"1.8.0\":11}");

        assertThat(beyond.statusCode()).as(beyond.body()).isEqualTo(422);
        assertThat(JSON.readTree(beyond.body()).get("errors")).extracting(e -> e.get("pointer").asText()).contains("#/finalValues");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(future.body()).get("errors")).extracting(e -> e.get("pointer").asText()).containsExactly("#/replacedAt");
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + first + "'")).isZero();
        assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
        assertThat(twice.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(twice.body()).at("/errors/0/parameter").asText()).isEqualTo("id");
        assertThat(api.count("SELECT count(*) FROM meter WHERE id = '" + third + "'")).isZero();
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
