package io.meterhub.cabinet.accountaccess;

/** An account on the customer's list of accounts, with how they hold it. */
public record MyAccount(long accountId, String number, String organizationId, String organizationName, String address, AccessKind kind) {
    @Override
    public String toString() {
        return "MyAccount[" + accountId + ", " + kind + "]";
    }
}
