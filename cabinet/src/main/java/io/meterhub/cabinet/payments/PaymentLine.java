package io.meterhub.cabinet.payments;

import java.math.BigDecimal;

/** What the customer chose to pay: an amount for one service of one account. */
public record PaymentLine(long accountId, String serviceCode, BigDecimal amount) {
}
