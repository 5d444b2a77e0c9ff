package io.meterhub.cabinet.telemetry;

import java.time.LocalDate;

/** Telemetry consumption of one local day and one tariff zone. */
public record DayZoneSum(LocalDate day, int zone, double kwh) {
}
