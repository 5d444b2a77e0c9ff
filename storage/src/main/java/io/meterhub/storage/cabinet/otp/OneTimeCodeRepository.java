package io.meterhub.storage.cabinet.otp;

import io.meterhub.storage.cabinet.Jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** One-time codes, used inside the caller's transaction so a check and its attempt count go together. */
public final class OneTimeCodeRepository {

    public long insert(Connection c, long userId, String purpose, String subject, byte[] salt, byte[] codeHash, Instant issuedAt,
                       Instant expiresAt) throws SQLException {
        return Jdbc.insert(c, """
                INSERT INTO one_time_code (user_id, purpose, subject, salt, code_hash, issued_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", userId, purpose, subject, salt, codeHash, issuedAt, expiresAt);
    }

    /** The latest code of the user, purpose and subject, locked until the transaction ends. */
    public Optional<CodeRow> lockLatest(Connection c, long userId, String purpose, String subject) throws SQLException {
        return Jdbc.one(c, """
                SELECT id, salt, code_hash, expires_at, attempts, used_at FROM one_time_code
                 WHERE user_id = ? AND purpose = ? AND subject = ? ORDER BY id DESC LIMIT 1 FOR UPDATE""",
                r -> new CodeRow(r.getLong(1), r.getBytes(2), r.getBytes(3), Jdbc.instant(r, "expires_at"), r.getInt(5), Jdbc.instant(r, "used_at")),
                userId, purpose, subject);
    }

    public void countAttempt(Connection c, long id) throws SQLException {
        Jdbc.update(c, "UPDATE one_time_code SET attempts = attempts + 1 WHERE id = ?", id);
    }

    public void markUsed(Connection c, long id, Instant at) throws SQLException {
        Jdbc.update(c, "UPDATE one_time_code SET used_at = ? WHERE id = ?", at, id);
    }
}
