package io.meterhub.storage.cabinet.otp;

import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.otp.CodeRow;
import io.meterhub.cabinet.otp.OneTimeCodeRepository;
import io.meterhub.storage.cabinet.Jdbc;

import java.time.Instant;
import java.util.Optional;

/** {@link OneTimeCodeRepository} over JDBC. */
public final class JdbcOneTimeCodeRepository implements OneTimeCodeRepository {
    @Override
    public long insert(Tx tx, long userId, String purpose, String subject, byte[] salt, byte[] codeHash, Instant issuedAt,
                       Instant expiresAt) {
        return Jdbc.insert(tx, """
                INSERT INTO one_time_code (user_id, purpose, subject, salt, code_hash, issued_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", userId, purpose, subject, salt, codeHash, issuedAt, expiresAt);
    }

    @Override
    public Optional<CodeRow> lockLatest(Tx tx, long userId, String purpose, String subject) {
        return Jdbc.one(tx, """
                SELECT id, salt, code_hash, expires_at, attempts, used_at FROM one_time_code
                 WHERE user_id = ? AND purpose = ? AND subject = ? ORDER BY id DESC LIMIT 1 FOR UPDATE""",
                r -> new CodeRow(r.getLong(1), r.getBytes(2), r.getBytes(3), Jdbc.instant(r, "expires_at"), r.getInt(5), Jdbc.instant(r, "used_at")),
                userId, purpose, subject);
    }

    @Override
    public void countAttempt(Tx tx, long id) {
        Jdbc.update(tx, "UPDATE one_time_code SET attempts = attempts + 1 WHERE id = ?", id);
    }

    @Override
    public void lockUser(Tx tx, long userId) {
        Jdbc.one(tx, "SELECT id FROM app_user WHERE id = ? FOR UPDATE", r -> r.getLong(1), userId);
    }

    @Override
    public Optional<Instant> lastIssued(Tx tx, long userId, String purpose, String subject) {
        return Jdbc.one(tx, "SELECT issued_at FROM one_time_code WHERE user_id = ? AND purpose = ? AND subject = ? ORDER BY id DESC LIMIT 1",
                r -> Jdbc.instant(r, "issued_at"), userId, purpose, subject);
    }

    @Override
    public int issuedToUser(Tx tx, long userId, Instant since) {
        return Jdbc.one(tx, "SELECT count(*) FROM one_time_code WHERE user_id = ? AND issued_at >= ?", r -> r.getInt(1), userId, since).orElse(0);
    }

    @Override
    public int issuedForSubject(Tx tx, String subject, Instant since) {
        return Jdbc.one(tx, "SELECT count(*) FROM one_time_code WHERE subject = ? AND issued_at >= ?", r -> r.getInt(1), subject, since).orElse(0);
    }

    @Override
    public int failedAttempts(Tx tx, long userId, String purpose, String subject, Instant since) {
        return Jdbc.one(tx, """
                SELECT coalesce(sum(attempts), 0) FROM one_time_code
                 WHERE user_id = ? AND purpose = ? AND subject = ? AND issued_at >= ? AND used_at IS NULL""",
                r -> r.getInt(1), userId, purpose, subject, since).orElse(0);
    }

    @Override
    public void markUsed(Tx tx, long id, Instant at) {
        Jdbc.update(tx, "UPDATE one_time_code SET used_at = ? WHERE id = ?", at, id);
    }
}
