package io.meterhub.cabinet.readings;

import java.math.BigDecimal;
import java.util.Map;

/**
 * When a reading is implausible enough for an operator to look at it.
 *
 * @param jumpFactor        a month's consumption above this many usual months is a jump
 * @param monthlyFloor      per unit of the service ("kWh", "m3", "Gcal"): the least a month may consume
 *                          without review, used too when the meter has no history to learn from
 * @param telemetryRelative tolerance against telemetry, as a share of the telemetry's consumption
 * @param telemetryAbsolute tolerance against telemetry, in units, for small consumptions
 */
public record PlausibilityRules(BigDecimal jumpFactor, Map<String, BigDecimal> monthlyFloor, BigDecimal telemetryRelative,
                                BigDecimal telemetryAbsolute) {
    public static PlausibilityRules defaults() {
        return new PlausibilityRules(new BigDecimal("3"),
                Map.of("kWh", new BigDecimal("1000"), "m3", new BigDecimal("25"), "Gcal", new BigDecimal("3")),
                new BigDecimal("0.05"), new BigDecimal("2"));
    }

    BigDecimal floor(String unit) {
        return monthlyFloor.getOrDefault(unit, new BigDecimal("1000"));
    }
}
