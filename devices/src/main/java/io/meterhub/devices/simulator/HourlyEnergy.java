package io.meterhub.devices.simulator;

/** Exact energy of one register of one meter within the UTC hour starting at {@code hourStart} (epoch ms). */
public record HourlyEnergy(String meterId, String obis, long hourStart, double kwh) {
}
