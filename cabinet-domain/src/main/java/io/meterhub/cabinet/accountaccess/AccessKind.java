package io.meterhub.cabinet.accountaccess;

/**
 * How a user holds an account: HOLDER (the customer's own login or an attached account: everything, delegating too),
 * or a delegate's kind, each including the one before it and none of them delegating.
 */
public enum AccessKind {
    VIEW, READINGS, READINGS_AND_PAYMENTS, HOLDER;

    public boolean allows(AccountRight right) {
        // if-chains, not a switch: a switch over another enum compiles to a helper class, and the domain holds types only
        if (right == AccountRight.VIEW) {
            return true;
        }
        if (right == AccountRight.READINGS) {
            return this != VIEW;
        }
        if (right == AccountRight.PAYMENTS) {
            return this == READINGS_AND_PAYMENTS || this == HOLDER;
        }
        return this == HOLDER;
    }

    /** The kinds a holder may grant. */
    public boolean delegable() {
        return this != HOLDER;
    }
}
