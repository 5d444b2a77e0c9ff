package io.meterhub.cabinet.payments;

/**
 * What became of a callback; the same outcome is kept in {@code payment_callback.outcome}
 * ("APPLIED", "DUPLICATE" or "REFUSED: &lt;reason key&gt;").
 *
 * @param reason        a message key when REFUSED, else null
 * @param paymentId     the matched payment, null when none matched
 * @param paymentStatus the payment's status after the callback, null when none matched
 */
public record CallbackResult(Outcome outcome, String reason, Long paymentId, PaymentStatus paymentStatus, long callbackId) {
    public enum Outcome {
        /** The payment moved to SUCCEEDED (and was posted to the ledger) or FAILED. */
        APPLIED,
        /** The same outcome had been applied already: nothing changed. */
        DUPLICATE,
        /** Not accepted (bad signature, unknown payment, wrong amount...): nothing changed. */
        REFUSED
    }

    /** The text kept in {@code payment_callback.outcome}. */
    public String recorded() {
        return outcome == Outcome.REFUSED ? "REFUSED: " + reason : outcome.name();
    }
}
