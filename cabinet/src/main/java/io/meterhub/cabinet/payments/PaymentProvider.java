package io.meterhub.cabinet.payments;

/**
 * An acquirer, shaped like a real one (YooKassa and the like): a payment is created with an
 * idempotency key and answered with the provider's id and a page where the payer confirms it; the
 * outcome comes later as a signed callback (webhook) that only the provider can verify.
 */
public interface PaymentProvider {
    /** The provider's name as kept in {@code payment.provider}, e.g. "sandbox". */
    String name();

    /**
     * Creates the payment at the provider. Must be idempotent on {@link ProviderPaymentRequest#idempotencyKey()}:
     * the same key returns the same payment, never a second one.
     *
     * @throws PaymentProviderException when the provider cannot be reached or refuses
     */
    ProviderPayment create(ProviderPaymentRequest request);

    /** Whether the callback's signature is the provider's for exactly this payload. */
    boolean verify(PaymentCallback callback);

    /**
     * Reads a verified callback.
     *
     * @throws MalformedCallbackException when the payload is not an event this provider sends
     */
    ProviderEvent parse(PaymentCallback callback);
}
