package io.meterhub.cabinet.anomalies;

import java.time.Instant;

/**
 * One row of {@code anomaly} with the assignee's login.
 *
 * @param evidence the evidence jsonb as text
 */
public record AnomalyRow(long id, String meterId, String organizationId, String kind, Instant startedAt, Instant endedAt,
                         String severity, double score, String evidence, Instant detectedAt, String status, Long assigneeId,
                         String assigneeLogin, String resolution, Instant resolvedAt) {
}
