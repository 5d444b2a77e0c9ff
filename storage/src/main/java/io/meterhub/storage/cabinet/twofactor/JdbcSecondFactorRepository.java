package io.meterhub.storage.cabinet.twofactor;

import io.meterhub.cabinet.twofactor.SecondFactorRepository;
import io.meterhub.cabinet.twofactor.SecondFactorRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link SecondFactorRepository} over JDBC. */
public final class JdbcSecondFactorRepository implements SecondFactorRepository {
    private final DataSource dataSource;

    public JdbcSecondFactorRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<SecondFactorRow> find(long userId) {
        return Jdbc.one(dataSource, "SELECT * FROM second_factor WHERE user_id = ?", r -> new SecondFactorRow(r.getLong("user_id"),
                r.getBytes("totp_secret"), Jdbc.instant(r, "totp_confirmed_at"), Jdbc.nullableLong(r, "totp_last_step"), r.getBoolean("email_code")),
                userId);
    }

    @Override
    public void startTotp(long userId, byte[] sealedSecret, Instant at) {
        Jdbc.update(dataSource, """
                INSERT INTO second_factor (user_id, totp_secret, totp_confirmed_at, totp_last_step, updated_at) VALUES (?, ?, NULL, NULL, ?)
                ON CONFLICT (user_id) DO UPDATE SET totp_secret = EXCLUDED.totp_secret, totp_confirmed_at = NULL, totp_last_step = NULL,
                                                    updated_at = EXCLUDED.updated_at""", userId, sealedSecret, at);
    }

    @Override
    public void confirmTotp(long userId, long step, Instant at) {
        Jdbc.update(dataSource, "UPDATE second_factor SET totp_confirmed_at = ?, totp_last_step = ?, updated_at = ? WHERE user_id = ?",
                at, step, at, userId);
    }

    @Override
    public boolean useTotpStep(long userId, long step) {
        // one statement: two requests with the same code cannot both pass
        return Jdbc.update(dataSource, """
                UPDATE second_factor SET totp_last_step = ? WHERE user_id = ? AND totp_confirmed_at IS NOT NULL
                   AND (totp_last_step IS NULL OR totp_last_step < ?)""", step, userId, step) == 1;
    }

    @Override
    public void setEmailCode(long userId, boolean on, Instant at) {
        Jdbc.update(dataSource, """
                INSERT INTO second_factor (user_id, email_code, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET email_code = EXCLUDED.email_code, updated_at = EXCLUDED.updated_at""", userId, on, at);
    }

    @Override
    public void replaceRecoveryCodes(long userId, List<byte[]> hashes, Instant at) {
        Jdbc.inTransaction(dataSource, connection -> {
            Jdbc.update(connection, "DELETE FROM recovery_code WHERE user_id = ?", userId);
            for (byte[] hash : hashes) {
                Jdbc.update(connection, "INSERT INTO recovery_code (user_id, code_hash, created_at) VALUES (?, ?, ?)", userId, hash, at);
            }
            return null;
        });
    }

    @Override
    public boolean useRecoveryCode(long userId, byte[] hash, Instant at) {
        return Jdbc.update(dataSource, "UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
                at, userId, hash) == 1;
    }

    @Override
    public int unusedRecoveryCodes(long userId) {
        return Jdbc.one(dataSource, "SELECT count(*) AS n FROM recovery_code WHERE user_id = ? AND used_at IS NULL", r -> r.getInt("n"), userId)
                .orElse(0);
    }

    @Override
    public void authenticated(long userId, Instant at) {
        Jdbc.update(dataSource, "UPDATE app_user SET authenticated_at = ? WHERE id = ?", at, userId);
    }

    @Override
    public Optional<Instant> lastAuthenticated(long userId) {
        return Jdbc.one(dataSource, "SELECT authenticated_at FROM app_user WHERE id = ? AND authenticated_at IS NOT NULL",
                r -> Jdbc.instant(r, "authenticated_at"), userId);
    }
}
