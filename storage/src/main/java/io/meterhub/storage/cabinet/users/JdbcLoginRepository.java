package io.meterhub.storage.cabinet.users;

import io.meterhub.cabinet.users.LoginRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.Optional;

/** {@link LoginRepository} over JDBC. */
public final class JdbcLoginRepository implements LoginRepository {
    private final DataSource dataSource;

    public JdbcLoginRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void block(long userId, String reason, Instant at) {
        Jdbc.update(dataSource, "UPDATE app_user SET blocked_at = ?, blocked_reason = ?, sessions_valid_after = ? WHERE id = ?",
                at, reason, at, userId);
    }

    @Override
    public void unblock(long userId) {
        Jdbc.update(dataSource, "UPDATE app_user SET blocked_at = NULL, blocked_reason = NULL WHERE id = ?", userId);
    }

    @Override
    public void endSessions(long userId, Instant at) {
        Jdbc.update(dataSource, "UPDATE app_user SET sessions_valid_after = ? WHERE id = ?", at, userId);
    }

    @Override
    public Optional<SessionState> sessionState(long userId) {
        return Jdbc.one(dataSource, "SELECT blocked_at, blocked_reason, sessions_valid_after, email FROM app_user WHERE id = ?",
                r -> new SessionState(Jdbc.instant(r, "blocked_at"), r.getString(2), Jdbc.instant(r, "sessions_valid_after"), r.getString(4)),
                userId);
    }

    @Override
    public void setEmail(long userId, String email) {
        Jdbc.update(dataSource, "UPDATE app_user SET email = ? WHERE id = ?", email, userId);
    }

    @Override
    public void createReset(byte[] tokenSha256, long userId, long createdBy, Instant expiresAt) {
        Jdbc.update(dataSource, "INSERT INTO password_reset (token_sha256, user_id, created_by, expires_at) VALUES (?, ?, ?, ?)",
                tokenSha256, userId, createdBy, expiresAt);
    }

    @Override
    public Optional<Long> useReset(byte[] tokenSha256, Instant now) {
        return Jdbc.one(dataSource, "UPDATE password_reset SET used_at = ? WHERE token_sha256 = ? AND used_at IS NULL AND expires_at > ? "
                + "RETURNING user_id", r -> r.getLong(1), now, tokenSha256, now);
    }

    @Override
    public void setPasswordHash(long userId, String hash, Instant at) {
        Jdbc.update(dataSource, "UPDATE app_user SET password_hash = ?, sessions_valid_after = ? WHERE id = ?", hash, at, userId);
    }
}
