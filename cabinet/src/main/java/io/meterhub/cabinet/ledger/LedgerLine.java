package io.meterhub.cabinet.ledger;


import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** An entry of an account's ledger with, for computed charges, how it was made. */
public record LedgerLine(long id, long accountId, String serviceCode, EntryKind kind, YearMonth period, BigDecimal amount, String description,
                         String source, Instant createdAt, List<ChargeLineRow> lines) {
}
