package io.meterhub.cabinet.loading;

/** Where a load is: being checked, checked (waiting for the operator), applying, applied, or failed as a whole. */
public enum LoadStatus {
    CHECKING, CHECKED, APPLYING, APPLIED, FAILED;

    public boolean running() {
        return this == CHECKING || this == APPLYING;
    }
}
