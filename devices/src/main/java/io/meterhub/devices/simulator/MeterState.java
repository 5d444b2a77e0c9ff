package io.meterhub.devices.simulator;

/**
 * The registers of one meter as whole Wh that never wrap: wrapping is applied only to the value
 * sent, so the truth can be kept as plain differences. Index 0 is 1.8.0, index k is 1.8.k.
 */
final class MeterState {
    final long[] wh;
    /** The export register (2.8.0), when the meter reports it. */
    long exportWh;
    long lastReadingAt = Long.MIN_VALUE;
    boolean replaced;

    MeterState(long[] initialWh) {
        this.wh = initialWh;
    }

    boolean hasReading() {
        return lastReadingAt != Long.MIN_VALUE;
    }
}
