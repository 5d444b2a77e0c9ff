package io.meterhub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.apikeys.Scope;
import io.meterhub.api.webhooks.WebhookConfig;
import io.meterhub.cabinet.Fixture;
import io.meterhub.cabinet.Services;
import io.meterhub.cabinet.appeals.AppealCategory;
import io.meterhub.cabinet.appeals.AppealNotifier;
import io.meterhub.cabinet.appeals.NewAppeal;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.payments.PaymentLine;
import io.meterhub.cabinet.payments.PaymentService;
import io.meterhub.cabinet.payments.SandboxPaymentConfig;
import io.meterhub.cabinet.payments.SandboxPaymentProvider;
import io.meterhub.cabinet.payments.StartedPayment;
import io.meterhub.storage.cabinet.payments.JdbcPaymentStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end: subscriptions through the running API, events made by the cabinet's real services (and a
 * HIGH anomaly written to its table as the pipeline writes it), delivered by the API's dispatcher to a real HTTP
 * receiver that checks every signature with the secret the creation showed.
 */
class WebhookApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "wh-org";
    /** Retries after 100 ms, doubling, given up 3 s after the delivery was made: a day of retries in a test's time. */
    private static final WebhookConfig FAST = new WebhookConfig(Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofMillis(700),
            Duration.ofMillis(50));
    private static ApiFixture api;
    private static TestReceiver receiver;
    private static Fixture cabinet;
    private static Services services;
    private static String manager;

    @BeforeAll
    static void start() {
        api = new ApiFixture("api_webhooks", config -> config.withWebhooks(FAST));
        receiver = new TestReceiver();
        cabinet = Fixture.over(api.database);
        cabinet.organization(ORG, Fixture.SAMARA, 1, 31);
        services = Services.of(api.database.dataSource(), Clock.systemUTC());
        manager = api.key(ORG, Scope.WEBHOOKS_MANAGE);
    }

    @AfterAll
    static void stop() {
        receiver.close();
        api.close();
    }

    private static HttpResponse<String> call(String method, String path, String body, String key) {
        return body == null ? api.send(method, path, (String) null, "X-Api-Key", key)
                : api.send(method, path, body, "X-Api-Key", key, "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** Subscribes the receiver's path; returns the creation's answer (with the secret), the receiver told the secret. */
    private static JsonNode subscribe(String path, String... events) throws Exception {
        String url = path.startsWith("http") ? path : receiver.url(path);
        HttpResponse<String> created = call("POST", "/api/v1/webhooks", "{\"url\":\"" + url + "\",\"events\":" + JSON.writeValueAsString(events)
                + ",\"description\":\"test " + path + "\"}", manager);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode subscription = JSON.readTree(created.body());
        receiver.expect(path, subscription.get("secret").asText());
        return subscription;
    }

    private static JsonNode deliveries(String subscriptionId) throws Exception {
        HttpResponse<String> page = call("GET", "/api/v1/webhooks/" + subscriptionId + "/deliveries", null, manager);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return JSON.readTree(page.body()).get("items");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 20 s for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Sends the subscription a test event and waits for the receiver to have it; returns its delivery's id. */
    private static long deliveredTestEvent(String subscriptionId, String path) throws Exception {
        call("POST", "/api/v1/webhooks/" + subscriptionId + "/test", null, manager);
        await("the test event at " + path, () -> receiver.at(path).size() == 1);
        return deliveries(subscriptionId).get(0).get("id").asLong();
    }

    private static boolean latestStatusIs(String subscriptionId, String status) {
        try {
            return deliveries(subscriptionId).get(0).get("status").asText().equals(status);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(TestReceiver.Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @Covers("createWebhook")
    void each_kind_of_event_made_by_the_cabinet_reaches_the_receiver_once_signed_with_the_secret() throws Exception {
        JsonNode subscription = subscribe("/all", "reading.submitted", "payment.received", "application.status_changed", "appeal.received",
                "anomaly.high");
        assertThat(subscription.get("secret").asText()).startsWith("whsec_").hasSizeGreaterThan(40);
        Fixture.Person customer = cabinet.customer("wh-" + api.suffix);
        long account = cabinet.account(customer, ORG);
        cabinet.accounts.addService(account, "ELECTRICITY");
        long meter = cabinet.meter(account, "ELECTRICITY", 1, 6, 1, null);

        services.submissions().submit(customer.viewer(), meter, Map.of(1, new BigDecimal("123.4")), LocalDate.now(Fixture.SAMARA));
        services.appeals(ProductionCalendar.russia(), AppealNotifier.NONE, 1024 * 1024).filing()
                .file(customer.viewer(), NewAppeal.about(account, AppealCategory.BILLING, "Счёт за ноябрь", "Прошу пересчитать.", List.of()));
        SandboxPaymentProvider sandbox = new SandboxPaymentProvider(new SandboxPaymentConfig("test-secret-0123456789abcdef0123456789abcdef",
                "/sandbox/pay/"));
        PaymentService payments = services.payments(sandbox, new JdbcPaymentStore()::insertPaymentEntry, "/payments/done");
        StartedPayment started = payments.start(customer.userId(), List.of(new PaymentLine(account, "ELECTRICITY", new BigDecimal("1500.00"))),
                UUID.randomUUID().toString());
        payments.handleCallback(sandbox.confirm(started.providerPaymentId(), true));
        // as the pipeline's anomaly sink writes them: a HIGH one is announced, a LOW one is not
        api.sql("INSERT INTO anomaly (meter_id, organization_id, kind, started_at, severity, score) VALUES "
                + "('M-HIGH-" + api.suffix + "', '" + ORG + "', 'CONSUMPTION_SPIKE', now() - interval '1 hour', 'HIGH', 9.5), "
                + "('M-LOW-" + api.suffix + "', '" + ORG + "', 'DATA_GAP', now() - interval '1 hour', 'LOW', 1.0)");

        await("four events", () -> receiver.at("/all").size() >= 4);
        Thread.sleep(500); // what else would come, comes now

        List<TestReceiver.Received> got = receiver.at("/all");
        assertThat(got).extracting(r -> body(r).get("type").asText())
                .containsExactlyInAnyOrder("reading.submitted", "appeal.received", "payment.received", "anomaly.high");
        assertThat(got).allSatisfy(r -> {
            assertThat(r.signatureValid()).as("signature " + r.signature() + " of " + r.text()).isTrue();
            assertThat(r.eventId()).isEqualTo(body(r).get("id").asText());
            assertThat(body(r).get("organization").asText()).isEqualTo(ORG);
        });
        assertThat(got).extracting(TestReceiver.Received::eventId).doesNotHaveDuplicates();
        JsonNode reading = got.stream().map(WebhookApiTest::body).filter(b -> b.get("type").asText().equals("reading.submitted")).findFirst()
                .orElseThrow().get("data");
        assertThat(reading.at("/readings/0/value").asText()).isEqualTo("123.4");
        assertThat(reading.get("accountMeterId").asLong()).isEqualTo(meter);
        assertThat(reading.get("submittedBy").asText()).isEqualTo("customer");
        JsonNode payment = got.stream().map(WebhookApiTest::body).filter(b -> b.get("type").asText().equals("payment.received")).findFirst()
                .orElseThrow().get("data");
        assertThat(payment.get("amount").asText()).isEqualTo("1500.00");
        assertThat(payment.at("/lines/0/service").asText()).isEqualTo("ELECTRICITY");
        JsonNode anomaly = got.stream().map(WebhookApiTest::body).filter(b -> b.get("type").asText().equals("anomaly.high")).findFirst()
                .orElseThrow().get("data");
        assertThat(anomaly.get("meter").asText()).isEqualTo("M-HIGH-" + api.suffix);
        JsonNode appeal = got.stream().map(WebhookApiTest::body).filter(b -> b.get("type").asText().equals("appeal.received")).findFirst()
                .orElseThrow();
        assertThat(appeal.toString()).as("no customer's free text in an event").doesNotContain("Прошу", "Счёт за ноябрь", "Иванов");
        assertThat(deliveries(subscription.get("id").asText())).hasSize(4).allSatisfy(d -> {
            assertThat(d.get("status").asText()).isEqualTo("delivered");
            assertThat(d.at("/attemptLog/0/statusCode").asInt()).isEqualTo(200);
        });
    }

    @Test
    @Covers({"testWebhook", "listWebhookDeliveries"})
    void a_receiver_answering_500_then_200_gets_a_retry_and_the_log_keeps_both_answers() throws Exception {
        JsonNode subscription = subscribe("/flaky", "reading.submitted");
        receiver.script("/flaky", 500);
        String id = subscription.get("id").asText();

        HttpResponse<String> test = call("POST", "/api/v1/webhooks/" + id + "/test", null, manager);
        assertThat(test.statusCode()).as(test.body()).isEqualTo(202);
        assertThat(JSON.readTree(test.body()).get("status").asText()).isEqualTo("pending");
        await("the retry", () -> receiver.at("/flaky").size() >= 2);
        await("the delivery's log", () -> latestStatusIs(id, "delivered"));

        JsonNode delivery = deliveries(id).get(0);
        assertThat(delivery.get("eventType").asText()).isEqualTo("webhook.test");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.at("/attemptLog/0/statusCode").asInt()).isEqualTo(500);
        assertThat(delivery.at("/attemptLog/0/responseExcerpt").asText()).isEqualTo("busy, try later");
        assertThat(delivery.at("/attemptLog/1/statusCode").asInt()).isEqualTo(200);
        assertThat(delivery.get("nextAttemptAt").isNull()).isTrue();
        List<TestReceiver.Received> got = receiver.at("/flaky");
        assertThat(got).hasSize(2).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
        assertThat(got.get(1).eventId()).isEqualTo(got.get(0).eventId());
        assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
        assertThat(Duration.between(got.get(0).at(), got.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(90));
    }

    @Test
    @Covers("replayWebhookDelivery")
    void a_replay_delivers_the_same_event_again_with_the_same_id_and_body() throws Exception {
        JsonNode subscription = subscribe("/replayed", "appeal.received");
        String id = subscription.get("id").asText();
        long first = deliveredTestEvent(id, "/replayed");

        HttpResponse<String> replay = call("POST", "/api/v1/webhooks/" + id + "/deliveries/" + first + "/replay", null, manager);
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);
        assertThat(JSON.readTree(replay.body()).get("replayOf").asLong()).isEqualTo(first);
        await("the replay", () -> receiver.at("/replayed").size() == 2);

        List<TestReceiver.Received> got = receiver.at("/replayed");
        assertThat(got.get(1).eventId()).isEqualTo(got.get(0).eventId());
        assertThat(got.get(1).text()).isEqualTo(got.get(0).text());
        assertThat(got.get(1).signatureValid()).isTrue();
        assertThat(api.count("SELECT count(*) FROM webhook_delivery WHERE subscription_id = '" + id + "'")).isEqualTo(2);
    }

    @Test
    @Covers({"listWebhooks", "getWebhook", "deleteWebhook"})
    void a_subscription_is_listed_and_read_without_its_secret_and_after_its_deletion_gets_nothing() throws Exception {
        JsonNode subscription = subscribe("/deleted", "payment.received");
        String id = subscription.get("id").asText();
        String secret = subscription.get("secret").asText();

        HttpResponse<String> list = call("GET", "/api/v1/webhooks", null, manager);
        HttpResponse<String> one = call("GET", "/api/v1/webhooks/" + id, null, manager);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(id).doesNotContain(secret).doesNotContain("\"secret\"");
        assertThat(JSON.readTree(one.body()).get("url").asText()).isEqualTo(receiver.url("/deleted"));
        assertThat(one.body()).doesNotContain(secret);

        HttpResponse<String> deleted = call("DELETE", "/api/v1/webhooks/" + id, null, manager);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/v1/webhooks/" + id, null, manager).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/v1/webhooks/" + id, null, manager).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/webhooks", null, manager).body()).doesNotContain(id);
        api.sql("INSERT INTO integration_event (type, organization_id, occurred_at, data) VALUES ('payment.received', '" + ORG
                + "', now(), '{}')");
        Thread.sleep(400);
        assertThat(receiver.at("/deleted")).isEmpty();
        assertThat(api.count("SELECT count(*) FROM webhook_delivery WHERE subscription_id = '" + id + "'")).isZero();
    }

    @Test
    void another_organizations_key_can_neither_see_nor_replay_nor_delete_a_subscription() throws Exception {
        JsonNode subscription = subscribe("/private", "reading.submitted");
        String id = subscription.get("id").asText();
        long delivery = deliveredTestEvent(id, "/private");
        String stranger = api.key(ApiFixture.ORG_B, Scope.WEBHOOKS_MANAGE);

        assertThat(call("GET", "/api/v1/webhooks", null, stranger).body()).doesNotContain(id);
        assertThat(call("GET", "/api/v1/webhooks/" + id, null, stranger).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/webhooks/" + id + "/deliveries", null, stranger).statusCode()).isEqualTo(404);
        HttpResponse<String> replay = call("POST", "/api/v1/webhooks/" + id + "/deliveries/" + delivery + "/replay", null, stranger);
        assertThat(replay.statusCode()).isEqualTo(404);
        assertThat(replay.body()).contains("urn:meterhub:problem:not-found");
        assertThat(call("POST", "/api/v1/webhooks/" + id + "/test", null, stranger).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/v1/webhooks/" + id, null, stranger).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/webhooks/" + id, null, manager).statusCode()).isEqualTo(200);
        assertThat(api.count("SELECT count(*) FROM webhook_delivery WHERE subscription_id = '" + id + "'")).isEqualTo(1);
        assertThat(call("GET", "/api/v1/webhooks", null, api.key(ORG, Scope.REGISTRY_WRITE)).statusCode()).isEqualTo(403);
    }

    @Test
    void a_bad_url_or_event_is_a_problem_naming_the_field_and_nothing_is_subscribed() throws Exception {
        long before = api.count("SELECT count(*) FROM webhook_subscription");
        HttpResponse<String> plain = call("POST", "/api/v1/webhooks", "{\"url\":\"http://erp.example.ru/hook\",\"events\":[\"payment.received\"]}",
                manager);
        HttpResponse<String> ftp = call("POST", "/api/v1/webhooks", "{\"url\":\"ftp://erp.example.ru/\",\"events\":[\"payment.received\"]}", manager);
        HttpResponse<String> relative = call("POST", "/api/v1/webhooks", "{\"url\":\"/hook\",\"events\":[\"payment.received\"]}", manager);
        HttpResponse<String> unknown = call("POST", "/api/v1/webhooks", "{\"url\":\"https://erp.example.ru/\",\"events\":[\"meter.stolen\"]}", manager);
        HttpResponse<String> twice = call("POST", "/api/v1/webhooks",
                "{\"url\":\"https://erp.example.ru/\",\"events\":[\"payment.received\",\"payment.received\"]}", manager);

        for (HttpResponse<String> refused : List.of(plain, ftp, relative)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(JSON.readTree(refused.body()).at("/errors/0/pointer").asText()).isEqualTo("#/url");
        }
        assertThat(JSON.readTree(plain.body()).at("/errors/0/detail").asText()).contains("https");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).at("/errors/0/pointer").asText()).startsWith("#/events/0");
        assertThat(JSON.readTree(twice.body()).at("/errors/0/pointer").asText()).isEqualTo("#/events/1");
        assertThat(api.count("SELECT count(*) FROM webhook_subscription")).isEqualTo(before);
    }

    @Test
    void a_closed_port_a_silent_receiver_and_an_answer_that_is_not_http_are_logged_retried_and_given_up_and_the_api_serves_on()
            throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<String> ids = List.of(subscribe("http://localhost:" + closedPort + "/closed", "reading.submitted").get("id").asText(),
                subscribe("/silent", "reading.submitted").get("id").asText(),
                subscribe(receiver.garbageUrl(), "reading.submitted").get("id").asText());
        for (String id : ids) {
            assertThat(call("POST", "/api/v1/webhooks/" + id + "/test", null, manager).statusCode()).isEqualTo(202);
        }

        await("every delivery given up", () -> ids.stream().allMatch(id -> latestStatusIs(id, "failed")));

        for (String id : ids) {
            JsonNode delivery = deliveries(id).get(0);
            assertThat(delivery.get("attempts").asInt()).as(delivery.toString()).isGreaterThanOrEqualTo(2);
            assertThat(delivery.get("attemptLog")).allSatisfy(a -> {
                assertThat(a.get("statusCode").isNull()).as(a.toString()).isTrue();
                assertThat(a.get("error").asText()).isNotBlank();
            });
            assertThat(delivery.get("finishedAt").isNull()).isFalse();
        }
        JsonNode silent = deliveries(ids.get(1)).get(0);
        assertThat(silent.at("/attemptLog/0/durationMs").asInt()).isGreaterThanOrEqualTo(650);
        assertThat(call("GET", "/api/v1/webhooks", null, manager).statusCode()).isEqualTo(200);
    }
}
