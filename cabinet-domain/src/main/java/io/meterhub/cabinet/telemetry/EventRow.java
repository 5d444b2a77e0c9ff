package io.meterhub.cabinet.telemetry;

import java.time.Instant;

/** @param details the event's free details as JSON text */
public record EventRow(String meterId, Instant ts, String code, String details) {
}
