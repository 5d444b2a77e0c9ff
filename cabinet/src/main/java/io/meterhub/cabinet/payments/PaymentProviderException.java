package io.meterhub.cabinet.payments;

/** The provider could not create the payment; the payment stays PENDING and the same key may be retried. */
public class PaymentProviderException extends RuntimeException {
    public PaymentProviderException(String message) {
        super(message);
    }

    public PaymentProviderException(String message, Throwable cause) {
        super(message, cause);
    }

    public String messageKey() {
        return PaymentMessages.PROVIDER_UNAVAILABLE;
    }
}
