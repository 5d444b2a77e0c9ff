package io.meterhub.cabinet.accounts;

import java.time.Instant;
import java.time.LocalDateTime;

/** @param local the time in the organization's zone */
public record MeterEventView(Instant at, LocalDateTime local, String code, String details) {
}
