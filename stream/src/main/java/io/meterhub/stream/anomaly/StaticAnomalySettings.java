package io.meterhub.stream.anomaly;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Settings given up front: for tests and for jobs whose configuration is fixed at start. */
public final class StaticAnomalySettings implements AnomalySettings {
    private final AnomalyThresholds fallback;
    private final HashMap<String, AnomalyThresholds> byOrganization;
    private final HashSet<String> generationMeters;

    public StaticAnomalySettings(AnomalyThresholds fallback, Map<String, AnomalyThresholds> byOrganization,
                                 Set<String> generationMeters) {
        this.fallback = fallback;
        this.byOrganization = new HashMap<>(byOrganization);
        this.generationMeters = new HashSet<>(generationMeters);
    }

    /** The default thresholds everywhere, no generation anywhere. */
    public static StaticAnomalySettings defaults() {
        return new StaticAnomalySettings(AnomalyThresholds.defaults(), Map.of(), Set.of());
    }

    @Override
    public AnomalyThresholds thresholds(String organizationId) {
        return byOrganization.getOrDefault(organizationId, fallback);
    }

    @Override
    public boolean hasGeneration(String meterId) {
        return generationMeters.contains(meterId);
    }
}
