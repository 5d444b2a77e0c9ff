package io.meterhub.cabinet.consumption;

import java.time.Instant;
import java.time.LocalDateTime;

/** A meter event placed on the chart's local time axis. */
public record ChartEvent(Instant at, LocalDateTime local, String code, String details) {
}
