package io.meterhub.storage.cabinet.users;

import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Optional;

/** What keeps a login usable or not, for staff and customers alike: blocks, ended sessions, email, password reset links. */
public final class LoginRepository {
    private final DataSource dataSource;

    public LoginRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void block(long userId, String reason, Instant at) {
        Jdbc.update(dataSource, "UPDATE app_user SET blocked_at = ?, blocked_reason = ?, sessions_valid_after = ? WHERE id = ?",
                at, reason, at, userId);
    }

    public void unblock(long userId) {
        Jdbc.update(dataSource, "UPDATE app_user SET blocked_at = NULL, blocked_reason = NULL WHERE id = ?", userId);
    }

    /** Sessions that began before this moment are no longer honoured. */
    public void endSessions(long userId, Instant at) {
        Jdbc.update(dataSource, "UPDATE app_user SET sessions_valid_after = ? WHERE id = ?", at, userId);
    }

    /** When the user was blocked (empty if not), and the moment before which their sessions are void. */
    public Optional<SessionState> sessionState(long userId) {
        return Jdbc.one(dataSource, "SELECT blocked_at, blocked_reason, sessions_valid_after, email FROM app_user WHERE id = ?",
                r -> new SessionState(Jdbc.instant(r, "blocked_at"), r.getString(2), Jdbc.instant(r, "sessions_valid_after"), r.getString(4)),
                userId);
    }

    public void setEmail(long userId, String email) {
        Jdbc.update(dataSource, "UPDATE app_user SET email = ? WHERE id = ?", email, userId);
    }

    public void createReset(byte[] tokenSha256, long userId, long createdBy, Instant expiresAt) {
        Jdbc.update(dataSource, "INSERT INTO password_reset (token_sha256, user_id, created_by, expires_at) VALUES (?, ?, ?, ?)",
                tokenSha256, userId, createdBy, expiresAt);
    }

    /** Uses the reset link once: the user it was for, if it exists, is unused and has not expired. */
    public Optional<Long> useReset(byte[] tokenSha256, Instant now) {
        return Jdbc.one(dataSource, "UPDATE password_reset SET used_at = ? WHERE token_sha256 = ? AND used_at IS NULL AND expires_at > ? "
                + "RETURNING user_id", r -> r.getLong(1), now, tokenSha256, now);
    }

    public void setPasswordHash(long userId, String hash, Instant at) {
        Jdbc.update(dataSource, "UPDATE app_user SET password_hash = ?, sessions_valid_after = ? WHERE id = ?", hash, at, userId);
    }

    /**
     * @param blockedAt null while the user may log in
     * @param email     where password links go; null when there is none
     */
    public record SessionState(Instant blockedAt, String blockedReason, Instant sessionsValidAfter, String email) {
        @Override
        public String toString() {
            return "SessionState[blocked=" + (blockedAt != null) + "]";
        }
    }
}
