package io.meterhub.cabinet.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** @param period the first day of the month the entry belongs to */
public record EntryRow(long id, long accountId, String serviceCode, String kind, LocalDate period, BigDecimal amount, String description,
                       String source, Instant createdAt) {
}
