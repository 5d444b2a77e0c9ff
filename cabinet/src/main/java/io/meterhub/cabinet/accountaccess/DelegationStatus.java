package io.meterhub.cabinet.accountaccess;

/** Where a delegation stands: in force, revoked (by the holder or given up by the delegate), or past its date. */
public enum DelegationStatus {
    ACTIVE, REVOKED, EXPIRED
}
