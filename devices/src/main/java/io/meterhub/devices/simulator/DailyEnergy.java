package io.meterhub.devices.simulator;

import java.time.LocalDate;

/** Exact energy of one register of one meter within a day of the organization's local calendar. */
public record DailyEnergy(String meterId, String obis, LocalDate day, double kwh) {
}
