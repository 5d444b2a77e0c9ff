package io.meterhub.cabinet.directory;

/** The directory proved the password, but the login may not sign in; the reason is shown to its owner. */
public final class DirectoryRefusedException extends RuntimeException {
    public enum Reason {
        /** The account is disabled in the directory. */
        DISABLED,
        /** None of the account's groups is mapped to the control panel. */
        NO_GROUPS,
        /** An administrator of the app blocked the login: the directory does not lift it. */
        BLOCKED,
        /** The login belongs to a customer or to another organization's staff: the directory may not take it over. */
        NOT_DIRECTORY_STAFF
    }

    private final Reason reason;

    public DirectoryRefusedException(Reason reason, String login) {
        super(switch (reason) {
            case DISABLED -> "the directory account " + login + " is disabled";
            case NO_GROUPS -> "the directory account " + login + " is in no group that MH_LDAP_GROUP_MODULES maps to the control panel";
            case BLOCKED -> "the login " + login + " is blocked in the app";
            case NOT_DIRECTORY_STAFF -> "the login " + login + " is not the directory organization's staff";
        });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
