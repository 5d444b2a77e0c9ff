package io.meterhub.cabinet.consumption;

import io.meterhub.protocols.consumption.LocalHour;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Consumption of a meter in one local period and one tariff zone.
 *
 * @param start the period's start as an instant (two hours of a day the clock is set back share their local time, not their start)
 * @param local the period's start in the organization's local time
 * @param label what a person reads for the period: "02:00" or "02:00 +01" for an hour (see {@link LocalHour}),
 *              "2026-10-25" for a day, "2026-10" for a month
 */
public record ConsumptionBucket(Instant start, LocalDateTime local, String label, int zone, double kwh) {
}
