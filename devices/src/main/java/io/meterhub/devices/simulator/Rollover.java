package io.meterhub.devices.simulator;

/** A register wrapped at its capacity between the readings at {@code previousAt} and {@code readingAt}. */
public record Rollover(String meterId, String obis, long previousAt, long readingAt) {
}
