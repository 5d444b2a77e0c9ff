package io.meterhub.cabinet.customers;

/** A customer's login: none yet, usable, or blocked by staff. */
public enum LoginStatus {
    NONE, ACTIVE, BLOCKED
}
