package io.meterhub.cabinet.users;

import java.time.Instant;
import java.util.Optional;

/** What keeps a login usable or not, for staff and customers alike: blocks, ended sessions, email, password reset links. */
public interface LoginRepository {
    void block(long userId, String reason, Instant at);

    void unblock(long userId);

    /** Sessions that began before this moment are no longer honoured. */
    void endSessions(long userId, Instant at);

    /** When the user was blocked (empty if not), and the moment before which their sessions are void. */
    Optional<SessionState> sessionState(long userId);

    void setEmail(long userId, String email);

    void createReset(byte[] tokenSha256, long userId, long createdBy, Instant expiresAt);

    /** Uses the reset link once: the user it was for, if it exists, is unused and has not expired. */
    Optional<Long> useReset(byte[] tokenSha256, Instant now);

    void setPasswordHash(long userId, String hash, Instant at);

    /**
     * @param blockedAt null while the user may log in
     * @param email     where password links go; null when there is none
     */
    record SessionState(Instant blockedAt, String blockedReason, Instant sessionsValidAfter, String email) {
        @Override
        public String toString() {
            return "SessionState[blocked=" + (blockedAt != null) + "]";
        }
    }
}
