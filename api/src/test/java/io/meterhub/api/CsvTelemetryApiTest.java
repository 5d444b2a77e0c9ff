package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.apikeys.Scope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/telemetry/csv}: lines checked one by one, grouped per controller into v1 documents on the broker. */
class CsvTelemetryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixture api;
    private static BrokerWatch broker;
    private static String key;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture("api_csv_telemetry");
        broker = new BrokerWatch("meterhub/v1/+/up");
        key = api.key(ApiFixture.ORG_A, Scope.TELEMETRY_WRITE);
    }

    @AfterAll
    static void stop() throws Exception {
        broker.close();
        api.close();
    }

    private static String meter(String org, String controller) {
        String id = "M-" + UUID.randomUUID().toString().substring(0, 8);
        api.sql("INSERT INTO meter (id, organization_id, controller_id, tariff_registers) VALUES ('" + id + "', '" + org + "', '" + controller
                + "', 2)");
        return id;
    }

    private static HttpResponse<String> post(String csv, String... headers) {
        String[] all = new String[headers.length + 4];
        all[0] = "X-Api-Key";
        all[1] = key;
        all[2] = "Content-Type";
        all[3] = "text/csv; charset=utf-8";
        System.arraycopy(headers, 0, all, 4, headers.length);
        return api.send("POST", "/api/v1/telemetry/csv", csv.getBytes(StandardCharsets.UTF_8), all);
    }

    @Test
    @Covers("ingestTelemetryCsv")
    void valid_lines_are_grouped_per_controller_into_documents_with_exact_values_and_bad_lines_are_refused_by_number() throws Exception {
        String first = meter("org-a", api.ctlA1);
        String second = meter("org-a", api.ctlA2);
        String theirs = meter("org-b", api.ctlB1);
        String csv = "meter;timestamp;register;value\n"
                + first + ";2026-11-23T10:00:00+03:00;1.8.0;12345,678\n"          // 2
                + first + ";2026-11-23T10:00:00+03:00;1.8.1;8120,4\n"             // 3
                + second + ";2026-11-23 10:00;1.8.0;512.9\n"                       // 4: local time of Europe/Moscow
                + theirs + ";2026-11-23T10:00:00Z;1.8.0;1\n"                       // 5: another organization's
                + "M-none;2026-11-23T10:00:00Z;1.8.0;1\n"                          // 6: unknown
                + first + ";yesterday;1.8.0;1\n"                                   // 7
                + first + ";2026-11-23T10:00:00+03:00;1.8.2;lots\n"                // 8
                + first + ";2026-11-23T10:00:00+03:00;1.8.0;12345,7\n"             // 9: repeats line 2
                + first + ";2026-11-23T10:15:00+03:00;1.8.0;-5\n";                 // 10: the pipeline refuses a negative energy value

        HttpResponse<String> response = post(csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("lines").asInt()).isEqualTo(9);
        assertThat(answer.get("accepted")).extracting(JsonNode::asInt).containsExactly(2, 3, 4);
        assertThat(answer.get("refused")).extracting(r -> r.get("line").asInt()).containsExactly(5, 6, 7, 8, 9, 10);
        assertThat(answer.at("/refused/0/detail").asText()).isEqualTo(answer.at("/refused/1/detail").asText().replace("M-none", theirs));
        assertThat(answer.at("/refused/4/detail").asText()).contains("line 2");
        assertThat(answer.get("documents")).extracting(d -> d.get("controller").asText() + ":" + d.get("readings").asInt())
                .containsExactlyInAnyOrder(api.ctlA1 + ":2", api.ctlA2 + ":1");
        List<BrokerWatch.Received> one = broker.await("\"" + first + "\"", 1, Duration.ofSeconds(10));
        List<BrokerWatch.Received> two = broker.await("\"" + second + "\"", 1, Duration.ofSeconds(10));
        assertThat(one).singleElement().satisfies(m -> {
            assertThat(m.topic()).isEqualTo("meterhub/v1/" + api.ctlA1 + "/up");
            JsonNode document = JSON.readTree(m.payload());
            assertThat(document.get("v").asInt()).isEqualTo(1);
            assertThat(document.get("readings")).hasSize(2);
            assertThat(document.at("/readings/0/ts").asText()).isEqualTo("2026-11-23T07:00:00Z");
            assertThat(m.payload()).contains("\"1.8.0\":12345.678", "\"1.8.1\":8120.4").doesNotContain("12345.7");
        });
        assertThat(two).singleElement().satisfies(m -> assertThat(m.payload()).contains("\"ts\":\"2026-11-23T07:00:00Z\"", "\"1.8.0\":512.9"));
        assertThat(broker.holding("\"" + theirs + "\"")).isEmpty();
    }

    @Test
    void a_comma_separated_file_with_decimal_points_in_any_column_order_is_read() throws Exception {
        String meter = meter("org-a", api.ctlA1);
        HttpResponse<String> response = post("Value,Register,Meter,Timestamp,comment\n"
                + "42.125,1.8.0," + meter + ",2026-11-24T00:00:00Z,first\n"
                + "\"42,5\",1.8.0," + meter + ",2026-11-24T00:15:00Z,quoted decimal comma\n");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).get("accepted")).extracting(JsonNode::asInt).containsExactly(2, 3);
        assertThat(broker.await("\"" + meter + "\"", 1, Duration.ofSeconds(10))).singleElement()
                .satisfies(m -> assertThat(m.payload()).contains("\"1.8.0\":42.125", "\"1.8.0\":42.5"));
    }

    @Test
    void a_file_without_the_columns_another_media_type_or_nothing_valid_is_refused_and_nothing_is_published() throws Exception {
        String meter = meter("org-a", api.ctlA1);
        HttpResponse<String> noHeader = post(meter + ";2026-11-24T00:00:00Z;1.8.0;1\n");
        HttpResponse<String> json = api.send("POST", "/api/v1/telemetry/csv", ("meter,timestamp,register,value\n" + meter
                + ",2026-11-24T00:00:00Z,1.8.0,1\n").getBytes(StandardCharsets.UTF_8), "X-Api-Key", key, "Content-Type", "application/json");
        HttpResponse<String> nothing = post("meter;timestamp;register;value\nM-none;2026-11-24T00:00:00Z;1.8.0;1\n");
        HttpResponse<String> garbage = post(new String(new byte[]{(byte) 0xff, 0, 1, (byte) 0xfe, '\n', '"', ';'}, StandardCharsets.ISO_8859_1));

        assertThat(noHeader.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noHeader.body()).at("/errors/0/pointer").asText()).isEqualTo("#row=1");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(json.body()).at("/errors/0/pointer").asText()).as("the body as a whole").isEqualTo("#");
        assertThat(nothing.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(nothing.body()).at("/errors/0/pointer").asText()).isEqualTo("#row=2");
        assertThat(garbage.statusCode()).isEqualTo(400);
        Thread.sleep(300);
        assertThat(broker.holding("\"" + meter + "\"")).isEmpty();
    }

    @Test
    void a_repeated_idempotency_key_publishes_nothing_twice() throws Exception {
        String meter = meter("org-a", api.ctlA2);
        String csv = "meter;timestamp;register;value\n" + meter + ";2026-11-25T00:00:00Z;1.8.0;7\n";
        String idempotency = UUID.randomUUID().toString();
        HttpResponse<String> first = post(csv, "Idempotency-Key", idempotency);
        HttpResponse<String> again = post(csv, "Idempotency-Key", idempotency);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        Thread.sleep(500);
        assertThat(broker.holding("\"" + meter + "\"")).hasSize(1);
    }
}
