package io.meterhub.cabinet.exchange;

import java.time.Instant;

/**
 * An anomaly an operator resolved as theft, with the account whose meter it is (null when the telemetry meter
 * is on no account): what a billing system charges as unmetered consumption.
 */
public record TheftRecord(long id, String meterId, String accountNumber, String kind, String severity, Instant startedAt, Instant endedAt,
                          Instant resolvedAt) {
}
