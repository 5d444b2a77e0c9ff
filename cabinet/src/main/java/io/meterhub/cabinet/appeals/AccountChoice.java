package io.meterhub.cabinet.appeals;

/**
 * Whom a customer may write to: the organization of one of their accounts, or a grid company without an account
 * (about a connection, before any account exists).
 *
 * @param accountId null for a grid company written to without an account
 */
public record AccountChoice(Long accountId, String accountNumber, String organizationId, String organizationName, String address) {
    public boolean withoutAccount() {
        return accountId == null;
    }
}
