package io.meterhub.cabinet.loading;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A debt or a charge of a file as it is written: one ledger entry per account, service, month and kind.
 *
 * @param period the first day of the month
 * @param kind   CHARGE or ADJUSTMENT (an opening debt, a correction)
 */
public record BalanceLoadRow(String accountNumber, String service, LocalDate period, String kind, BigDecimal amount) {
}
