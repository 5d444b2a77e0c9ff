package io.meterhub.cabinet.anomalies;

import java.time.Instant;

/** One row of the audit trail {@code anomaly_action}, with the logins of who acted and of the assignee. */
public record AnomalyActionRow(long id, long anomalyId, long userId, String userLogin, Instant at, String action, Long assigneeId,
                               String assigneeLogin, String resolution, String comment) {
}
