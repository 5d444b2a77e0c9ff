package io.meterhub.cabinet.payments;

/** Who may pay for which account ({@link PolicyPaymentAccess}: the holder, or a delegate with payments). */
@FunctionalInterface
public interface PaymentAccess {
    /** Whether the user may pay for the account; false for unknown accounts too. */
    boolean mayPay(long userId, long accountId);
}
