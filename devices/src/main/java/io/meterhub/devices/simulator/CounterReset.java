package io.meterhub.devices.simulator;

/**
 * A meter replacement: right after the reading at {@code afterReadingAt} (epoch ms) every register
 * of the meter restarted from 0; {@code totalBeforeKwh} is the 1.8.0 value that reading carried.
 */
public record CounterReset(String meterId, long afterReadingAt, double totalBeforeKwh) {
}
