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
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/telemetry} against the running server, the real broker and the real database. */
class TelemetryApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ApiFixture api;
    private static BrokerWatch broker;
    private static String key;

    @BeforeAll
    static void start() throws Exception {
        api = new ApiFixture("api_telemetry");
        broker = new BrokerWatch("meterhub/v1/+/up");
        key = api.key(ApiFixture.ORG_A, Scope.TELEMETRY_WRITE);
    }

    @AfterAll
    static void stop() throws Exception {
        broker.close();
        api.close();
    }

    private static String document(String controller, String meter, String values) {
        return "{\"v\":1,\"controller\":\"" + controller + "\",\"seq\":1,\"sent\":\"" + Instant.now() + "\",\"readings\":[{\"meter\":\"" + meter
                + "\",\"ts\":\"2026-11-23T10:15:00Z\",\"values\":" + values + "}]}";
    }

    private static HttpResponse<String> post(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return api.send("POST", "/api/v1/telemetry", body, all);
    }

    /** What arrived for the meter, after waiting long enough for anything published to have arrived. */
    private static List<BrokerWatch.Received> publishedFor(String meter) throws InterruptedException {
        Thread.sleep(300);
        return broker.holding(meter);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    @Covers("ingestTelemetry")
    void a_valid_document_reaches_the_broker_on_its_controllers_topic_before_the_202() throws Exception {
        String meter = "M-" + UUID.randomUUID();
        HttpResponse<String> response = post(document(api.ctlA1, meter, "{\"1.8.0\": 12.5}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.at("/accepted/0/controller").asText()).isEqualTo(api.ctlA1);
        assertThat(answer.at("/accepted/0/readings").asInt()).isEqualTo(1);
        assertThat(answer.get("refused")).isEmpty();
        List<BrokerWatch.Received> arrived = broker.await(meter, 1, Duration.ofSeconds(5));
        assertThat(arrived).singleElement().satisfies(m -> assertThat(m.topic()).isEqualTo("meterhub/v1/" + api.ctlA1 + "/up"));
    }

    @Test
    void one_bad_document_of_an_array_costs_the_others_nothing_and_bad_items_are_listed_by_pointer() throws Exception {
        String meter = "M-" + UUID.randomUUID();
        String body = "[" + document(api.ctlA1, meter, "{\"1.8.0\": 1.0, \"1.8.1\": \"lots\"}") + ", {\"v\": 1, \"readings\": []}, "
                + document(api.ctlB1, meter, "{\"1.8.0\": 2.0}") + ", " + document(api.ctlA2, meter, "{\"1.8.0\": 3.0}") + "]";
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode answer = json(response);
        assertThat(answer.get("accepted")).extracting(a -> a.get("index").asInt()).containsExactly(0, 3);
        assertThat(answer.get("refused")).extracting(r -> r.get("pointer").asText())
                .containsExactlyInAnyOrder("#/0/readings/0/values/1.8.1", "#/1", "#/2");
        assertThat(answer.toString()).contains("no controller " + api.ctlB1 + " in your organization");
        assertThat(publishedFor(meter)).extracting(BrokerWatch.Received::topic)
                .containsExactlyInAnyOrder("meterhub/v1/" + api.ctlA1 + "/up", "meterhub/v1/" + api.ctlA2 + "/up");
    }

    @Test
    void a_document_for_a_controller_of_another_organization_is_refused_and_not_published() throws Exception {
        String meter = "M-" + UUID.randomUUID();
        HttpResponse<String> response = post(document(api.ctlB1, meter, "{\"1.8.0\": 2.0}"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).at("/errors/0/detail").asText()).contains("no controller " + api.ctlB1 + " in your organization");
        assertThat(publishedFor(meter)).isEmpty();
    }

    @Test
    void a_repeat_with_the_same_idempotency_key_gets_the_first_answer_and_publishes_nothing_more() throws Exception {
        String meter = "M-" + UUID.randomUUID();
        String body = document(api.ctlA1, meter, "{\"1.8.0\": 7.0}");
        String idempotencyKey = UUID.randomUUID().toString();
        HttpResponse<String> first = post(body, "Idempotency-Key", idempotencyKey);
        HttpResponse<String> repeat = post(body, "Idempotency-Key", idempotencyKey);

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(repeat.statusCode()).isEqualTo(202);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(publishedFor(meter)).hasSize(1);
    }

    @Test
    void the_same_idempotency_key_with_another_body_is_refused_and_publishes_nothing() throws Exception {
        String meter = "M-" + UUID.randomUUID();
        String idempotencyKey = UUID.randomUUID().toString();
        post(document(api.ctlA1, "M-" + UUID.randomUUID(), "{\"1.8.0\": 1.0}"), "Idempotency-Key", idempotencyKey);
        HttpResponse<String> other = post(document(api.ctlA1, meter, "{\"1.8.0\": 2.0}"), "Idempotency-Key", idempotencyKey);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(json(other).get("type").asText()).isEqualTo("urn:meterhub:problem:idempotency-key-reused");
        assertThat(publishedFor(meter)).isEmpty();
    }

    @Test
    void malformed_json_is_a_400_problem_and_nothing_is_published() throws Exception {
        HttpResponse<String> response = post("{\"v\":1,\"controller\":\"" + api.ctlA1 + "\",\"readings\":[{\"meter\":\"M-MALFORMED\"");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:meterhub:problem:invalid-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors")).isNotEmpty();
        assertThat(publishedFor("M-MALFORMED")).isEmpty();
    }

    @Test
    void a_body_of_the_wrong_type_is_a_400_problem_naming_the_field() throws Exception {
        HttpResponse<String> notADocument = post("\"readings\"");
        HttpResponse<String> wrongVersion = post("{\"v\": \"one\", \"controller\": \"" + api.ctlA1 + "\"}");

        assertThat(notADocument.statusCode()).as(notADocument.body()).isEqualTo(400);
        assertThat(wrongVersion.statusCode()).as(wrongVersion.body()).isEqualTo(400);
        assertThat(wrongVersion.body()).contains("/v");
    }

    @Test
    void unknown_fields_of_a_telemetry_document_are_ignored_as_the_telemetry_contract_says() throws Exception {
        String meter = "M-" + UUID.randomUUID();
        String body = document(api.ctlA1, meter, "{\"1.8.0\": 5.0}").replaceFirst("\\{", "{\"firmware\":\"2.1\",");
        HttpResponse<String> response = post(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(json(response).get("refused")).isEmpty();
    }

    @Test
    void a_key_without_the_telemetry_scope_is_forbidden() throws Exception {
        String registryOnly = api.key(ApiFixture.ORG_A, Scope.REGISTRY_WRITE);
        HttpResponse<String> response = api.send("POST", "/api/v1/telemetry", document(api.ctlA1, "M-X", "{\"1.8.0\": 1}"),
                "X-Api-Key", registryOnly);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("detail").asText()).contains("telemetry:write");
    }

    @Test
    void no_key_a_wrong_key_and_a_revoked_key_are_each_a_401_problem() throws Exception {
        String revoked = api.key(ApiFixture.ORG_A, Scope.TELEMETRY_WRITE);
        assertThat(api.keys.revoke(revoked)).isTrue();
        String body = document(api.ctlA1, "M-X", "{\"1.8.0\": 1}");

        HttpResponse<String> none = api.send("POST", "/api/v1/telemetry", body);
        HttpResponse<String> wrong = api.send("POST", "/api/v1/telemetry", body, "Authorization", "Bearer " + key.substring(0, key.length() - 2)
                + "xx");
        HttpResponse<String> garbage = api.send("POST", "/api/v1/telemetry", body, "X-Api-Key", "not a key at all");
        HttpResponse<String> afterRevocation = api.send("POST", "/api/v1/telemetry", body, "Authorization", "Bearer " + revoked);

        for (HttpResponse<String> response : List.of(none, wrong, garbage, afterRevocation)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
            assertThat(json(response).get("type").asText()).isEqualTo("urn:meterhub:problem:unauthorized");
        }
    }

    @Test
    void a_body_over_the_limit_is_a_413_problem() throws Exception {
        byte[] body = new byte[51 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '[';
        body[body.length - 1] = ']';
        HttpResponse<String> response = api.send("POST", "/api/v1/telemetry", body, "Authorization", "Bearer " + key,
                "Content-Type", "application/json");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("type").asText()).isEqualTo("urn:meterhub:problem:body-too-large");
    }

    @Test
    void any_bytes_get_a_problem_without_a_stack_trace_and_the_server_keeps_answering() throws Exception {
        java.util.Random random = new java.util.Random(15);
        for (int i = 0; i < 30; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            HttpResponse<String> response = api.send("POST", "/api/v1/telemetry", bytes, "Authorization", "Bearer " + key,
                    "Content-Type", "application/json");
            assertThat(response.statusCode()).isBetween(400, 499);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        String hostile = "{\"v\":1,\"controller\":\"" + api.ctlA1 + "\",\"readings\":[{\"meter\":\"M\\u0000\\ud800\",\"ts\":\"x\",\"values\":{}}]}";
        assertThat(post(hostile).statusCode()).isEqualTo(422);
        assertThat(post(document(api.ctlA1, "M-" + UUID.randomUUID(), "{\"1.8.0\": 1}")).statusCode()).isEqualTo(202);
    }

    @Test
    void an_unknown_route_is_a_404_problem() throws Exception {
        HttpResponse<String> response = api.send("GET", "/api/v1/nothing-here", (String) null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).get("type").asText()).isEqualTo("urn:meterhub:problem:not-found");
    }
}
