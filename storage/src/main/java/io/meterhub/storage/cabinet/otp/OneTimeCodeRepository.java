package io.meterhub.storage.cabinet.otp;

import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.Tx;

import java.time.Instant;
import java.util.Optional;

/** One-time codes, used inside the caller's transaction so a check and its attempt count go together. */
public final class OneTimeCodeRepository {

    public long insert(Tx tx, long userId, String purpose, String subject, byte[] salt, byte[] codeHash, Instant issuedAt,
                       Instant expiresAt) {
        return Jdbc.insert(tx, """
                INSERT INTO one_time_code (user_id, purpose, subject, salt, code_hash, issued_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", userId, purpose, subject, salt, codeHash, issuedAt, expiresAt);
    }

    /** The latest code of the user, purpose and subject, locked until the transaction ends. */
    public Optional<CodeRow> lockLatest(Tx tx, long userId, String purpose, String subject) {
        return Jdbc.one(tx, """
                SELECT id, salt, code_hash, expires_at, attempts, used_at FROM one_time_code
                 WHERE user_id = ? AND purpose = ? AND subject = ? ORDER BY id DESC LIMIT 1 FOR UPDATE""",
                r -> new CodeRow(r.getLong(1), r.getBytes(2), r.getBytes(3), Jdbc.instant(r, "expires_at"), r.getInt(5), Jdbc.instant(r, "used_at")),
                userId, purpose, subject);
    }

    public void countAttempt(Tx tx, long id) {
        Jdbc.update(tx, "UPDATE one_time_code SET attempts = attempts + 1 WHERE id = ?", id);
    }

    public void markUsed(Tx tx, long id, Instant at) {
        Jdbc.update(tx, "UPDATE one_time_code SET used_at = ? WHERE id = ?", at, id);
    }
}
