package io.meterhub.cabinet.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An entry to write, with its charge lines (empty for payments and loaded charges). */
public record NewEntry(long accountId, String serviceCode, String kind, LocalDate period, BigDecimal amount, String description, String source,
                       List<ChargeLineRow> lines) {
}
