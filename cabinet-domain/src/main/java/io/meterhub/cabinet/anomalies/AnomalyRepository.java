package io.meterhub.cabinet.anomalies;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review side of {@code anomaly} and its audit trail {@code anomaly_action}; the pipeline writes the rest. */
public interface AnomalyRepository {
    /** A page of the queue, newest first. */
    List<AnomalyRow> find(AnomalyQuery query, int offset, int limit);

    long count(AnomalyQuery query);

    /** How many rows per value of {@code column} ("status" or "kind"). */
    Map<String, Long> countBy(String column, AnomalyQuery query);

    Optional<AnomalyRow> byId(long id);

    /** The row locked for the rest of the transaction. */
    Optional<AnomalyRow> lock(Tx tx, long id);

    void review(Tx tx, long id, String status, Long assigneeId, String resolution, Instant resolvedAt);

    long record(Tx tx, long anomalyId, long userId, Instant at, String action, Long assigneeId, String resolution,
                       String comment);

    /** The audit trail of one anomaly, oldest first. */
    List<AnomalyActionRow> actions(long anomalyId);

    /** An operator or administrator of the organization by login: their id; empty for anyone else. */
    Optional<Long> staffOf(Tx tx, String organizationId, String login);

    /** HIGH anomalies not yet announced to the operators on duty, oldest first. */
    List<AnomalyRow> unannouncedHigh(int limit);

    /** Marks the anomaly announced; false when someone else (another dashboard) did first. */
    boolean claimAnnouncement(long id, Instant at);

    /** The anomalies of the meters that started at or after {@code since}, newest first. */
    List<AnomalyRow> ofMeters(List<String> meterIds, Instant since, int limit);

    /**
     * An anomaly the cabinet raises (a manual reading against telemetry), upserted on the natural key like the pipeline's.
     *
     * @param evidence a JSON object
     */
    long raise(String meterId, String organizationId, String kind, Instant startedAt, Instant endedAt, String severity, double score,
                      String evidence, Instant at);
}
