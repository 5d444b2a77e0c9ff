package io.meterhub.cabinet.telemetry;

import java.time.Instant;

/** A raw register value of a meter as it reported it. */
public record RegisterSample(Instant ts, double value) {
}
