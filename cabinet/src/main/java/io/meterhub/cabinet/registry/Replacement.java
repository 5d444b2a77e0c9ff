package io.meterhub.cabinet.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A meter replacement as the operator enters it: the meter taken out, the one put in, when, and
 * the register values by OBIS code of each at that moment (the old one's last, the new one's first).
 */
public record Replacement(String oldMeterId, MeterForm newMeter, Instant replacedAt, Map<String, BigDecimal> finalValues,
                          Map<String, BigDecimal> initialValues, String reason) {
    public Replacement {
        finalValues = finalValues == null ? Map.of() : Map.copyOf(finalValues);
        initialValues = initialValues == null ? Map.of() : Map.copyOf(initialValues);
    }
}
