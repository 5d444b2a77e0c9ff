package io.meterhub.cabinet.payments;

/** A provider's notification as it came: the raw body and its signature (e.g. a header's value). */
public record PaymentCallback(String payload, String signature) {
}
