package io.meterhub.cabinet.accountaccess;

/**
 * How a user holds an account: HOLDER (the customer's own login or an attached account: everything, delegating too),
 * or a delegate's kind, each including the one before it and none of them delegating.
 */
public enum AccessKind {
    VIEW, READINGS, READINGS_AND_PAYMENTS, HOLDER;

    public boolean allows(AccountRight right) {
        return switch (right) {
            case VIEW -> true;
            case READINGS -> this != VIEW;
            case PAYMENTS -> this == READINGS_AND_PAYMENTS || this == HOLDER;
            case DELEGATE -> this == HOLDER;
        };
    }

    /** The kinds a holder may grant. */
    public boolean delegable() {
        return this != HOLDER;
    }
}
