package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;

/**
 * One episode of something wrong on one meter, as far as it is known. An ongoing episode is emitted
 * again and again with the same key ({@link #meterId}, {@link #kind}, {@link #start}) and a growing
 * end, score or severity: the sink upserts on that key, so one episode is one row.
 *
 * @param organizationId the meter's organization: whose thresholds were applied and whose operators review it
 * @param start          epoch milliseconds the episode began (event time)
 * @param end            epoch milliseconds it ended, or null while it is ongoing
 * @param score          how far beyond normal, in the detector's own measure (see each detector)
 * @param evidence       a JSON object: the values that made the decision and the baseline they were held against
 */
public record Anomaly(String meterId, String organizationId, AnomalyKind kind, long start, Long end, Severity severity,
                      double score, String evidence) {

    public Anomaly {
        if (meterId == null || kind == null || severity == null || evidence == null) {
            throw new IllegalArgumentException("an anomaly needs a meter, a kind, a severity and evidence");
        }
        if (end != null && end < start) {
            throw new IllegalArgumentException("an anomaly cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    /** The natural key the sink upserts on. */
    public String key() {
        return meterId + '|' + kind + '|' + start;
    }

    public boolean ongoing() {
        return end == null;
    }
}
