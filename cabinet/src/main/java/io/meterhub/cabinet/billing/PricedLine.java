package io.meterhub.cabinet.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a charge: a zone's quantity in the part of the month one price was in force. */
public record PricedLine(int zone, BigDecimal quantity, BigDecimal price, BigDecimal amount, LocalDate from, LocalDate toExclusive) {
}
