package io.meterhub.cabinet.anomalies;

import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.protocols.anomaly.Severity;

import java.time.Instant;

/** An anomaly as the operator sees it. */
public record Anomaly(long id, String meterId, AnomalyKind kind, Instant startedAt, Instant endedAt, Severity severity, double score,
                      String evidence, AnomalyStatus status, String assignee, Resolution resolution, Instant resolvedAt) {
    static Anomaly of(AnomalyRow row) {
        return new Anomaly(row.id(), row.meterId(), AnomalyKind.valueOf(row.kind()), row.startedAt(), row.endedAt(),
                Severity.valueOf(row.severity()), row.score(), row.evidence(), AnomalyStatus.valueOf(row.status()), row.assigneeLogin(),
                row.resolution() == null ? null : Resolution.valueOf(row.resolution()), row.resolvedAt());
    }
}
