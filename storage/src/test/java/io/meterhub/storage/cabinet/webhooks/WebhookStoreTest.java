package io.meterhub.storage.cabinet.webhooks;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageTests;
import io.meterhub.storage.cabinet.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The dispatcher's work on the tables: each event fanned out once, due deliveries claimed by one dispatcher, anomalies raised once. */
class WebhookStoreTest {
    private static final String ORG = "GRID";
    private static Database database;
    private static WebhookStore store;

    @BeforeAll
    static void open() throws Exception {
        database = StorageTests.withMeters("webhook_store", ORG, ZoneId.of("Europe/Samara"), List.of());
        store = new WebhookStore(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    private static SubscriptionRow subscription(String id, String... events) {
        SubscriptionRow row = new SubscriptionRow(id, ORG, "https://erp.example.ru/" + id, List.of(events), null, "whsec_" + id, "test",
                Instant.now(), null);
        store.create(row);
        return row;
    }

    private static long count(String sql, Object... parameters) {
        return Jdbc.one(database.dataSource(), sql, r -> r.getLong(1), parameters).orElseThrow();
    }

    private static void event(String type) {
        Jdbc.update(database.dataSource(), "INSERT INTO integration_event (type, organization_id, occurred_at, data) VALUES (?, ?, now(), '{}')",
                type, ORG);
    }

    @Test
    void an_event_is_fanned_out_once_to_each_live_subscription_of_its_type_even_by_two_dispatchers_at_once() throws Exception {
        subscription("s-pay-1", "payment.received");
        subscription("s-pay-2", "payment.received", "appeal.received");
        subscription("s-read", "reading.submitted");
        subscription("s-gone", "payment.received");
        store.disable(ORG, "s-gone", Instant.now());
        for (int i = 0; i < 200; i++) {
            event("payment.received");
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> relay = () -> {
                int relayed = 0;
                for (int n; (n = store.relay(Instant.now(), 50)) > 0; ) {
                    relayed += n;
                }
                return relayed;
            };
            List<Future<Integer>> both = pool.invokeAll(List.of(relay, relay));
            assertThat(both.get(0).get() + both.get(1).get()).isEqualTo(200);
        } finally {
            pool.shutdown();
        }

        assertThat(count("SELECT count(*) FROM webhook_delivery WHERE subscription_id = 's-pay-1'")).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM webhook_delivery WHERE subscription_id = 's-pay-2'")).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM webhook_delivery WHERE subscription_id IN ('s-read', 's-gone')")).isZero();
        assertThat(count("SELECT count(*) FROM integration_event WHERE relayed_at IS NULL")).isZero();
    }

    @Test
    void a_claimed_delivery_is_leased_and_a_second_claim_gets_only_the_others() {
        SubscriptionRow row = subscription("s-claim", "appeal.received");
        // the other tests' deliveries are due too: claims take every subscription's
        Jdbc.update(database.dataSource(), "UPDATE webhook_delivery SET status = 'FAILED' WHERE subscription_id <> 's-claim'");
        Instant now = Instant.now();
        long first = store.deliverOnly(row.id(), ORG, "webhook.test", now, "{}");
        long second = store.deliverOnly(row.id(), ORG, "webhook.test", now, "{}");

        List<DueDelivery> one = store.claimDue(now.plusSeconds(1), 1, Duration.ofMinutes(1));
        List<DueDelivery> other = store.claimDue(now.plusSeconds(1), 10, Duration.ofMinutes(1));
        List<DueDelivery> afterLease = store.claimDue(now.plus(Duration.ofMinutes(2)), 10, Duration.ofMinutes(1));

        assertThat(one).extracting(DueDelivery::deliveryId).containsExactly(first);
        assertThat(other).extracting(DueDelivery::deliveryId).containsExactly(second);
        assertThat(afterLease).extracting(DueDelivery::deliveryId).containsExactlyInAnyOrder(first, second);
        assertThat(one.get(0).secret()).isEqualTo("whsec_s-claim");

        store.recordAttempt(first, new AttemptRow(1, now, 12, 200, "ok", null), WebhookStore.DELIVERED, null);
        assertThat(store.claimDue(now.plus(Duration.ofHours(1)), 10, Duration.ofMinutes(1))).extracting(DueDelivery::deliveryId)
                .containsExactly(second);
        assertThat(store.delivery(row.id(), first).orElseThrow()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(WebhookStore.DELIVERED);
            assertThat(d.attemptLog()).extracting(AttemptRow::statusCode).containsExactly(200);
            assertThat(d.finishedAt()).isNotNull();
        });
        long replay = store.replay(first, now);

        // the log forgets what finished before the cutoff, with its attempts; a replay and a pending delivery stay
        assertThat(store.forgetBefore(now.plusSeconds(1))).isGreaterThanOrEqualTo(1);
        assertThat(store.delivery(row.id(), first)).isEmpty();
        assertThat(count("SELECT count(*) FROM webhook_attempt WHERE delivery_id = ?", first)).isZero();
        assertThat(store.delivery(row.id(), replay).orElseThrow().replayOf()).isNull();
        assertThat(store.delivery(row.id(), second)).isPresent();
    }

    @Test
    void a_high_anomaly_is_raised_once_also_one_that_grew_into_high_and_a_low_one_never() {
        Jdbc.update(database.dataSource(), "INSERT INTO anomaly (meter_id, organization_id, kind, started_at, severity, score) VALUES "
                + "('M-1', ?, 'CONSUMPTION_SPIKE', now(), 'HIGH', 9), ('M-2', ?, 'DATA_GAP', now(), 'MEDIUM', 3)", ORG, ORG);

        int first = store.raiseHighAnomalies(Duration.ofMinutes(10));
        int again = store.raiseHighAnomalies(Duration.ofMinutes(10));
        Jdbc.update(database.dataSource(), "UPDATE anomaly SET severity = 'HIGH', updated_at = now() WHERE meter_id = 'M-2'");
        int grown = store.raiseHighAnomalies(Duration.ofMinutes(10));

        assertThat(List.of(first, again, grown)).containsExactly(1, 0, 1);
        assertThat(Jdbc.list(database.dataSource(), "SELECT data->>'meter' FROM integration_event WHERE type = 'anomaly.high' ORDER BY id",
                r -> r.getString(1))).containsExactly("M-1", "M-2");
    }
}
