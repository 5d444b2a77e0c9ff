package io.meterhub.stream.anomaly;

import java.io.Serializable;

/**
 * What the detectors must know beyond the meter directory: each organization's thresholds and
 * which meters have generation of their own (their export register may grow). Serializable because
 * it travels inside the operators; {@link #open()} runs on the task manager before the first lookup.
 */
public interface AnomalySettings extends Serializable {

    default void open() throws Exception {
    }

    /** The organization's thresholds, or the defaults when it set none. */
    AnomalyThresholds thresholds(String organizationId);

    /** True when the meter measures a site with generation (solar, wind): export is expected there. */
    boolean hasGeneration(String meterId);
}
