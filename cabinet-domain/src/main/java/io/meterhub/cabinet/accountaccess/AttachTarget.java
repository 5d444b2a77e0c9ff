package io.meterhub.cabinet.accountaccess;

/**
 * An account a customer may try to attach, with what proves the receipt is in their hands.
 *
 * @param pinHash the BCrypt hash of the receipt's PIN; null when the account has none (then the last charge's amount proves it)
 */
public record AttachTarget(long accountId, String number, String organizationId, String pinHash) {
    @Override
    public String toString() {
        return "AttachTarget[" + accountId + ", " + organizationId + "]";
    }
}
