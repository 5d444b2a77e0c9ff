package io.meterhub.cabinet.payments;

import java.math.BigDecimal;
import java.util.Objects;

/** What is sent to the provider to create a payment; the currency is always RUB. */
public record ProviderPaymentRequest(BigDecimal amount, String description, String idempotencyKey, String returnUrl) {
    public ProviderPaymentRequest {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        amount = Amounts.kopecks(amount);
    }
}
