package io.meterhub.storage.cabinet.webhooks;

import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Subscriptions, deliveries and attempts ({@code webhook_*}), and the dispatcher's work on them: relaying
 * the outbox to subscriptions, raising HIGH anomalies as events, claiming due deliveries and recording attempts.
 */
public final class WebhookStore {
    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    private static final String SUBSCRIPTION = "SELECT id, organization_id, url, events, description, secret, created_by, created_at, disabled_at "
            + "FROM webhook_subscription ";
    private static final String DELIVERY = "SELECT d.id, d.subscription_id, e.event_id, e.type, d.replay_of, d.status, d.attempts, d.next_attempt_at, "
            + "d.created_at, d.finished_at FROM webhook_delivery d JOIN integration_event e ON e.id = d.event_id ";
    private final DataSource dataSource;

    public WebhookStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void create(SubscriptionRow s) {
        Jdbc.update(dataSource, "INSERT INTO webhook_subscription (id, organization_id, url, events, description, secret, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.organizationId(), s.url(), s.events().toArray(String[]::new), s.description(),
                s.secret(), s.createdBy(), s.createdAt());
    }

    /** The organization's live subscriptions, oldest first. */
    public List<SubscriptionRow> subscriptions(String organizationId) {
        return Jdbc.list(dataSource, SUBSCRIPTION + "WHERE organization_id = ? AND disabled_at IS NULL ORDER BY created_at, id",
                WebhookStore::subscription, organizationId);
    }

    /** A live subscription, only when it is the organization's. */
    public Optional<SubscriptionRow> subscription(String organizationId, String id) {
        return Jdbc.one(dataSource, SUBSCRIPTION + "WHERE organization_id = ? AND id = ? AND disabled_at IS NULL", WebhookStore::subscription,
                organizationId, id);
    }

    /** Disables it and gives up its pending deliveries; false when it is not a live subscription of the organization. */
    public boolean disable(String organizationId, String id, Instant at) {
        return Jdbc.inTransaction(dataSource, c -> {
            if (Jdbc.update(c, "UPDATE webhook_subscription SET disabled_at = ? WHERE organization_id = ? AND id = ? AND disabled_at IS NULL",
                    at, organizationId, id) == 0) {
                return false;
            }
            Jdbc.update(c, "UPDATE webhook_delivery SET status = 'FAILED', finished_at = ? WHERE subscription_id = ? AND status = 'PENDING'", at, id);
            return true;
        });
    }

    /** The subscription's deliveries, newest first, each with its attempts; {@code beforeId} pages on (null for the first page). */
    public List<DeliveryRow> deliveries(String subscriptionId, Long beforeId, int limit) {
        return Jdbc.withConnection(dataSource, c -> {
            List<DeliveryRow> rows = Jdbc.list(c, DELIVERY + "WHERE d.subscription_id = ? AND d.id < ? ORDER BY d.id DESC LIMIT ?",
                    WebhookStore::delivery, subscriptionId, beforeId == null ? Long.MAX_VALUE : beforeId, limit);
            return withAttempts(c, rows);
        });
    }

    public Optional<DeliveryRow> delivery(String subscriptionId, long deliveryId) {
        return Jdbc.withConnection(dataSource, c -> withAttempts(c, Jdbc.list(c, DELIVERY + "WHERE d.subscription_id = ? AND d.id = ?",
                WebhookStore::delivery, subscriptionId, deliveryId)).stream().findFirst());
    }

    /** A new delivery of the same event to the same subscription, due now; the original stays in the log as it was. */
    public long replay(long deliveryId, Instant now) {
        return Jdbc.insert(dataSource, "INSERT INTO webhook_delivery (subscription_id, event_id, replay_of, next_attempt_at, created_at) "
                + "SELECT subscription_id, event_id, id, ?, ? FROM webhook_delivery WHERE id = ? RETURNING id", now, now, deliveryId);
    }

    /** An event for this subscription only (not relayed to others), due now; returns the delivery's id. */
    public long deliverOnly(String subscriptionId, String organizationId, String type, Instant now, String dataJson) {
        return Jdbc.inTransaction(dataSource, c -> {
            long event = Jdbc.insert(c, "INSERT INTO integration_event (type, organization_id, occurred_at, data, relayed_at) "
                    + "VALUES (?, ?, ?, CAST(? AS json), ?) RETURNING id", type, organizationId, now, dataJson, now);
            return Jdbc.insert(c, "INSERT INTO webhook_delivery (subscription_id, event_id, next_attempt_at, created_at) VALUES (?, ?, ?, ?) "
                    + "RETURNING id", subscriptionId, event, now, now);
        });
    }

    /**
     * Fans the oldest unrelayed events out to the live subscriptions of their organization and type, once each;
     * two dispatchers never relay the same event (SKIP LOCKED). Returns the events relayed.
     */
    public int relay(Instant now, int limit) {
        return Jdbc.inTransaction(dataSource, c -> {
            List<Long> events = Jdbc.list(c, "SELECT id FROM integration_event WHERE relayed_at IS NULL ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                    r -> r.getLong(1), limit);
            if (events.isEmpty()) {
                return 0;
            }
            Long[] ids = events.toArray(Long[]::new);
            Jdbc.update(c, "INSERT INTO webhook_delivery (subscription_id, event_id, next_attempt_at, created_at) "
                    + "SELECT s.id, e.id, ?, ? FROM integration_event e JOIN webhook_subscription s ON s.organization_id = e.organization_id "
                    + "AND e.type = ANY (s.events) AND s.disabled_at IS NULL WHERE e.id = ANY (?) "
                    + "ON CONFLICT (subscription_id, event_id) WHERE replay_of IS NULL DO NOTHING", now, now, ids);
            Jdbc.update(c, "UPDATE integration_event SET relayed_at = ? WHERE id = ANY (?)", now, ids);
            return events.size();
        });
    }

    /**
     * Raises an {@code anomaly.high} event for each HIGH anomaly changed since the watermark (less {@code margin},
     * for the pipeline's transactions that commit after their updated_at), once per anomaly, and moves the
     * watermark on. Returns how many were raised.
     */
    public int raiseHighAnomalies(Duration margin) {
        return Jdbc.inTransaction(dataSource, c -> {
            Instant watermark = Jdbc.one(c, "SELECT at FROM webhook_watermark WHERE name = 'anomaly.high' FOR UPDATE",
                    r -> Jdbc.instant(r, "at")).orElseThrow(() -> new IllegalStateException("the anomaly watermark row is missing (migration V25)"));
            Instant newest = Jdbc.one(c, "SELECT max(updated_at) AS at FROM anomaly WHERE severity = 'HIGH' AND updated_at > ?",
                    r -> Jdbc.instant(r, "at"), watermark.minus(margin)).orElse(null);
            if (newest == null) {
                return 0;
            }
            int raised = Jdbc.update(c, """
                    INSERT INTO integration_event (type, organization_id, occurred_at, data, source)
                    SELECT 'anomaly.high', a.organization_id, a.updated_at,
                           json_build_object('anomalyId', a.id, 'meter', a.meter_id, 'kind', a.kind, 'severity', a.severity,
                                             'score', a.score, 'startedAt', a.started_at, 'endedAt', a.ended_at, 'evidence', a.evidence),
                           'anomaly:' || a.id
                    FROM anomaly a JOIN organization o ON o.id = a.organization_id
                    WHERE a.severity = 'HIGH' AND a.updated_at > ?
                      -- raised before: skipped here, not left to the conflict, which would spend a sequence value each round
                      AND NOT EXISTS (SELECT 1 FROM integration_event e WHERE e.source = 'anomaly:' || a.id)
                    ORDER BY a.id
                    ON CONFLICT (source) DO NOTHING""", watermark.minus(margin));
            if (newest.isAfter(watermark)) {
                Jdbc.update(c, "UPDATE webhook_watermark SET at = ? WHERE name = 'anomaly.high'", newest);
            }
            return raised;
        });
    }

    /**
     * Claims up to {@code limit} due deliveries of live subscriptions (SKIP LOCKED: two dispatchers share the
     * work) and leases them for {@code lease}: a dispatcher that dies mid-attempt leaves them due again after it.
     */
    public List<DueDelivery> claimDue(Instant now, int limit, Duration lease) {
        return Jdbc.inTransaction(dataSource, c -> {
            List<DueDelivery> due = Jdbc.list(c, "SELECT d.id, d.subscription_id, s.url, s.secret, e.event_id, e.type, e.organization_id, "
                    + "e.occurred_at, e.data::text AS data, d.attempts, d.created_at FROM webhook_delivery d "
                    + "JOIN webhook_subscription s ON s.id = d.subscription_id JOIN integration_event e ON e.id = d.event_id "
                    + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.disabled_at IS NULL "
                    + "ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED", WebhookStore::due, now, limit);
            if (!due.isEmpty()) {
                Jdbc.update(c, "UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ANY (?)", now.plus(lease),
                        due.stream().map(DueDelivery::deliveryId).toArray(Long[]::new));
            }
            return due;
        });
    }

    /**
     * Records an attempt and what follows: DELIVERED, FAILED, or PENDING again at {@code nextAttemptAt}.
     */
    public void recordAttempt(long deliveryId, AttemptRow attempt, String status, Instant nextAttemptAt) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, "INSERT INTO webhook_attempt (delivery_id, number, attempted_at, duration_ms, status_code, response_excerpt, error) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", deliveryId, attempt.number(), attempt.attemptedAt(), attempt.durationMs(), attempt.statusCode(),
                    attempt.responseExcerpt(), attempt.error());
            return Jdbc.update(c, "UPDATE webhook_delivery SET attempts = ?, status = ?, next_attempt_at = coalesce(?, next_attempt_at), "
                    + "finished_at = CASE WHEN ? = 'PENDING' THEN NULL ELSE CAST(? AS timestamptz) END WHERE id = ?",
                    attempt.number(), status, nextAttemptAt, status, attempt.attemptedAt(), deliveryId);
        });
    }

    /**
     * Forgets finished deliveries (with their attempts) that finished before the cutoff, and relayed events older than
     * it that no delivery still needs. Returns the deliveries forgotten.
     */
    public int forgetBefore(Instant cutoff) {
        return Jdbc.inTransaction(dataSource, c -> {
            int deliveries = Jdbc.update(c, "DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND finished_at < ?", cutoff);
            Jdbc.update(c, "DELETE FROM integration_event e WHERE e.created_at < ? AND e.relayed_at IS NOT NULL "
                    + "AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)", cutoff);
            return deliveries;
        });
    }

    private static List<DeliveryRow> withAttempts(Connection c, List<DeliveryRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<AttemptRow>> byDelivery = new HashMap<>();
        for (var entry : Jdbc.list(c, "SELECT delivery_id, number, attempted_at, duration_ms, status_code, response_excerpt, error FROM webhook_attempt "
                + "WHERE delivery_id = ANY (?) ORDER BY delivery_id, number", r -> Map.entry(r.getLong("delivery_id"), attempt(r)),
                (Object) rows.stream().map(DeliveryRow::id).toArray(Long[]::new))) {
            byDelivery.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
        return rows.stream().map(d -> d.withAttempts(byDelivery.getOrDefault(d.id(), List.of()))).toList();
    }

    private static SubscriptionRow subscription(ResultSet r) throws SQLException {
        return new SubscriptionRow(r.getString("id"), r.getString("organization_id"), r.getString("url"),
                Arrays.asList((String[]) r.getArray("events").getArray()), r.getString("description"), r.getString("secret"),
                r.getString("created_by"), Jdbc.instant(r, "created_at"), Jdbc.instant(r, "disabled_at"));
    }

    private static DeliveryRow delivery(ResultSet r) throws SQLException {
        return new DeliveryRow(r.getLong("id"), r.getString("subscription_id"), r.getObject("event_id", UUID.class), r.getString("type"),
                Jdbc.nullableLong(r, "replay_of"), r.getString("status"), r.getInt("attempts"), Jdbc.instant(r, "next_attempt_at"),
                Jdbc.instant(r, "created_at"), Jdbc.instant(r, "finished_at"), List.of());
    }

    private static AttemptRow attempt(ResultSet r) throws SQLException {
        int code = r.getInt("status_code");
        Integer status = r.wasNull() ? null : code;
        return new AttemptRow(r.getInt("number"), Jdbc.instant(r, "attempted_at"), r.getInt("duration_ms"), status,
                r.getString("response_excerpt"), r.getString("error"));
    }

    private static DueDelivery due(ResultSet r) throws SQLException {
        return new DueDelivery(r.getLong("id"), r.getString("subscription_id"), r.getString("url"), r.getString("secret"),
                r.getObject("event_id", UUID.class), r.getString("type"), r.getString("organization_id"), Jdbc.instant(r, "occurred_at"),
                r.getString("data"), r.getInt("attempts"), Jdbc.instant(r, "created_at"));
    }
}
