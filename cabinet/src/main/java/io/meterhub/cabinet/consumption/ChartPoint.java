package io.meterhub.cabinet.consumption;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Consumption of one local hour, day or month and one zone.
 *
 * @param start the period's start; the two hours of a day the clock is set back differ here, not in {@code local}
 * @param label what the chart's axis shows: "02:00", "02:00 +01" (see {@link io.meterhub.protocols.consumption.LocalHour}), "2026-10-25", "2026-10"
 */
public record ChartPoint(Instant start, LocalDateTime local, String label, int zone, BigDecimal quantity) {
    /** The bucket's period with the given zone and amount, rounded to watt-hours as the charts show it. */
    public static ChartPoint of(ConsumptionBucket period, int zone, double kwh) {
        return new ChartPoint(period.start(), period.local(), period.label(), zone, BigDecimal.valueOf(kwh).setScale(3, RoundingMode.HALF_UP));
    }
}
