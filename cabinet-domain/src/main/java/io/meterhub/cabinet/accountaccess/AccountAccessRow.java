package io.meterhub.cabinet.accountaccess;

import java.time.Instant;

/**
 * One grant of an account to a user as stored; never deleted, so it is also the history.
 *
 * @param validUntil null until revoked; the grant ends at this instant
 */
public record AccountAccessRow(long id, long accountId, long userId, AccessKind kind, long grantedBy, Instant grantedAt, Instant validUntil,
                               Instant revokedAt, Long revokedBy) {
    /** In force at the instant: not revoked and not past its date. */
    public boolean activeAt(Instant at) {
        return (revokedAt == null || revokedAt.isAfter(at)) && (validUntil == null || validUntil.isAfter(at));
    }
}
