package io.meterhub.cabinet.anomalies;

import io.meterhub.protocols.anomaly.AnomalyKind;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A plain-language notice to a meter's owner about an anomaly that concerns them: what happened to
 * which meter and when, and what to do. It carries nothing of the operator's review (no evidence,
 * no score, no status).
 *
 * @param local when it started, in the organization's time zone
 */
public record OwnerNotice(long anomalyId, long accountMeterId, String serial, AnomalyKind kind, Instant at, LocalDateTime local, String text) {
}
