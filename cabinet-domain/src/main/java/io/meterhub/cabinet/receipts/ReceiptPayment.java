package io.meterhub.cabinet.receipts;

import java.math.BigDecimal;
import java.time.Instant;

/** A PAYMENT entry of the month. */
public record ReceiptPayment(Instant postedAt, String serviceCode, String serviceNameRu, BigDecimal amount,
                             String description, String source) {
}
