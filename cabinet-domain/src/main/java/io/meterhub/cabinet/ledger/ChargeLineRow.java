package io.meterhub.cabinet.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/** @param validTo exclusive: the end of the part of the month this price applied to */
public record ChargeLineRow(int zone, BigDecimal quantity, BigDecimal price, BigDecimal amount, LocalDate validFrom, LocalDate validTo) {
}
