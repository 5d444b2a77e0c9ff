package io.meterhub.cabinet.anomalies;

import java.util.List;

/** An anomaly with its audit trail, oldest action first. */
public record AnomalyDetail(Anomaly anomaly, List<AnomalyHistoryEntry> history) {
}
