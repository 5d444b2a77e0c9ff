package io.meterhub.storage.anomaly;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one organization set: only the fields it chose (the rest are the defaults).
 *
 * @param updatedBy who changed them last
 */
public record OrganizationThresholds(String organizationId, Map<ThresholdField, Double> values, String updatedBy, Instant updatedAt) {

    public OrganizationThresholds {
        values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(values));
    }
}
