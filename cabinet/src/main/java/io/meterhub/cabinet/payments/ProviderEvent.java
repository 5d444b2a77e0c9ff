package io.meterhub.cabinet.payments;

import java.math.BigDecimal;

/**
 * A verified callback's content.
 *
 * @param idempotencyKey the key the payment was created with, when the provider echoes it (may be null)
 */
public record ProviderEvent(Type type, String providerPaymentId, BigDecimal amount, String currency, String idempotencyKey) {
    public enum Type {
        /** The money is taken: {@code payment.succeeded}. */
        SUCCEEDED,
        /** The payer declined or the payment expired: {@code payment.canceled}. */
        CANCELED
    }
}
