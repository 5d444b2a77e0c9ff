package io.meterhub.cabinet.payments;

/**
 * Who may pay for which account. Written against this small interface because the cabinet's
 * access package ({@code io.meterhub.cabinet.access}: Viewer, AccessPolicy) is being written at
 * the same time; an adapter over AccessPolicy replaces {@link HolderPaymentAccess} when it lands.
 */
@FunctionalInterface
public interface PaymentAccess {
    /** Whether the user may pay for the account; false for unknown accounts too. */
    boolean mayPay(long userId, long accountId);
}
