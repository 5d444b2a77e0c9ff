package io.meterhub.cabinet.payments;

/** Where a payment stands: PENDING until the provider's callback says SUCCEEDED or FAILED. */
public enum PaymentStatus {
    PENDING, SUCCEEDED, FAILED
}
