package io.meterhub.cabinet.loading;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment received elsewhere (a bank's or a cash desk's register, 1C): it lowers the debt of its account's service. */
public record PaymentLoadRow(String accountNumber, String service, LocalDate paidOn, BigDecimal amount, String document) {
}
