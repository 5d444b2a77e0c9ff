package io.meterhub.cabinet.payments;

import java.math.BigDecimal;

/**
 * What the sandbox's "pay / decline" page shows: the dashboard renders it and calls
 * {@link SandboxPaymentProvider#confirm(String, boolean)} with the payer's choice.
 */
public record SandboxConfirmationPage(String providerPaymentId, BigDecimal amount, String currency, String description,
                                      String returnUrl, SandboxPaymentProvider.Status status) {
    /** Whether the payer can still pay or decline. */
    public boolean open() {
        return status == SandboxPaymentProvider.Status.WAITING;
    }
}
