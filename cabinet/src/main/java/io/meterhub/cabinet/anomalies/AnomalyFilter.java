package io.meterhub.cabinet.anomalies;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;

/**
 * The queue's filters; a null criterion does not restrict.
 *
 * @param olderThanHours only episodes that started at least this many hours ago
 */
public record AnomalyFilter(AnomalyKind kind, Severity severity, AnomalyStatus status, Integer olderThanHours) {
    public static final AnomalyFilter ALL = new AnomalyFilter(null, null, null, null);
}
