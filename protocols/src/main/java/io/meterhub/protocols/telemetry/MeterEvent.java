package io.meterhub.protocols.telemetry;

/**
 * Something a meter or controller reported, or the pipeline found, at a moment.
 *
 * @param details free JSON object text ({@code "{}"} when there is nothing to add)
 */
public record MeterEvent(String meterId, long timestamp, EventCode code, String details) {
}
