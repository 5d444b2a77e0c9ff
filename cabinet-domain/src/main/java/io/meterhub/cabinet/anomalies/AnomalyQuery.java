package io.meterhub.cabinet.anomalies;

import java.time.Instant;

/**
 * What the queue asks for within one organization; a null criterion does not restrict.
 *
 * @param startedBefore only episodes that started at or before this instant (the age filter)
 */
public record AnomalyQuery(String organizationId, String kind, String severity, String status, Instant startedBefore) {
    public AnomalyQuery withoutKind() {
        return new AnomalyQuery(organizationId, null, severity, status, startedBefore);
    }

    public AnomalyQuery withoutStatus() {
        return new AnomalyQuery(organizationId, kind, severity, null, startedBefore);
    }
}
