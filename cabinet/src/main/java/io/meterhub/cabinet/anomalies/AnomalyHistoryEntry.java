package io.meterhub.cabinet.anomalies;

import java.time.Instant;

/** One entry of an anomaly's audit trail: who did what, when. */
public record AnomalyHistoryEntry(Instant at, String by, String action, String assignee, Resolution resolution, String comment) {
}
