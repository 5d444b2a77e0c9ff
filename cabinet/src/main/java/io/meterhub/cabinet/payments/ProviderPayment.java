package io.meterhub.cabinet.payments;

/** The provider's answer: its id of the payment and where to send the payer to confirm it. */
public record ProviderPayment(String providerPaymentId, String confirmationUrl) {
}
