package io.meterhub.storage.telemetry;

/**
 * The consumption of one cumulative register of one meter in one UTC hour, as far as it is known.
 *
 * @param hourStart epoch milliseconds of the hour's start
 * @param zone      tariff zone of the hour (1..3)
 * @param fin       the watermark has passed the hour's end
 */
public record HourlyConsumption(String meterId, String obis, long hourStart, double kwh, int zone, boolean fin) {
}
