package io.meterhub.cabinet.accountaccess;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One delegation as the holder and the delegate read it.
 *
 * @param lastDay    the last day it is in force (the organization's calendar); null when it runs until revoked
 * @param mayRevoke  whether the reader may revoke it now (the holder, or the delegate giving it up)
 */
public record DelegationView(long id, long accountId, String accountNumber, String organizationName, String address, String holder,
                             String delegate, AccessKind kind, Instant grantedAt, LocalDate lastDay, Instant revokedAt, DelegationStatus status,
                             boolean mayRevoke) {
    /** The address and the people are personal data. */
    @Override
    public String toString() {
        return "DelegationView[" + id + ", account " + accountId + ", " + kind + ", " + status + "]";
    }
}
