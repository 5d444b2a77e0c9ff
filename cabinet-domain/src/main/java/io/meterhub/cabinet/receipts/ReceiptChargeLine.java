package io.meterhub.cabinet.receipts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a charge: quantity of a zone times the price in force from validFrom to validTo. */
public record ReceiptChargeLine(int zone, BigDecimal quantity, BigDecimal price, BigDecimal amount,
                                LocalDate validFrom, LocalDate validTo) {
}
