package io.meterhub.cabinet.receipts;

/**
 * Who may open which account's receipts. A small interface because {@code io.meterhub.cabinet.access}
 * (Viewer, AccessPolicy) is being written at the same time; {@link ReceiptService}
 * uses the holder-or-staff-of-the-organization rule until an adapter over AccessPolicy replaces it.
 */
@FunctionalInterface
public interface ReceiptAccess {
    boolean mayView(long userId, long accountId);
}
