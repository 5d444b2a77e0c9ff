package io.meterhub.storage.cabinet.accountaccess;

import io.meterhub.cabinet.accountaccess.AccessKind;
import io.meterhub.cabinet.accountaccess.AccountAccessRepository;
import io.meterhub.cabinet.accountaccess.AccountAccessRow;
import io.meterhub.cabinet.accountaccess.AttachOrganization;
import io.meterhub.cabinet.accountaccess.AttachOutcome;
import io.meterhub.cabinet.accountaccess.AttachTarget;
import io.meterhub.cabinet.accountaccess.GrantedUser;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link AccountAccessRepository} over JDBC. */
public final class JdbcAccountAccessRepository implements AccountAccessRepository {
    private static final String ACTIVE = "revoked_at IS NULL AND (valid_until IS NULL OR valid_until > ?)";
    private final DataSource dataSource;

    public JdbcAccountAccessRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<AccountAccessRow> activeGrants(long accountId, long userId, Instant at) {
        return Jdbc.list(dataSource, "SELECT * FROM account_access WHERE account_id = ? AND user_id = ? AND " + ACTIVE, JdbcAccountAccessRepository::row,
                accountId, userId, at);
    }

    @Override
    public List<Long> accountsGrantedTo(long userId, Instant at) {
        return Jdbc.list(dataSource, "SELECT DISTINCT account_id FROM account_access WHERE user_id = ? AND " + ACTIVE + " ORDER BY account_id",
                r -> r.getLong(1), userId, at);
    }

    @Override
    public long grant(long accountId, long userId, AccessKind kind, long grantedBy, Instant at, Instant validUntil) {
        return Jdbc.insert(dataSource, """
                INSERT INTO account_access (account_id, user_id, kind, granted_by, granted_at, valid_until)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", accountId, userId, kind, grantedBy, at, validUntil);
    }

    @Override
    public boolean revoke(long grantId, long revokedBy, Instant at) {
        return Jdbc.update(dataSource, "UPDATE account_access SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL", at, revokedBy,
                grantId) == 1;
    }

    @Override
    public Optional<AccountAccessRow> grantById(long id) {
        return Jdbc.one(dataSource, "SELECT * FROM account_access WHERE id = ?", JdbcAccountAccessRepository::row, id);
    }

    @Override
    public List<AccountAccessRow> grantsOfAccount(long accountId) {
        return Jdbc.list(dataSource, "SELECT * FROM account_access WHERE account_id = ? ORDER BY granted_at DESC, id DESC",
                JdbcAccountAccessRepository::row, accountId);
    }

    @Override
    public List<AccountAccessRow> delegationsTo(long userId) {
        return Jdbc.list(dataSource, "SELECT * FROM account_access WHERE user_id = ? AND kind <> 'HOLDER' ORDER BY granted_at DESC, id DESC",
                JdbcAccountAccessRepository::row, userId);
    }

    @Override
    public List<AttachTarget> attachTargets(String number, String organizationId) {
        return Jdbc.list(dataSource, "SELECT id, number, organization_id, pin_hash FROM account WHERE number = ? AND (?::text IS NULL OR organization_id = ?)"
                        + " ORDER BY organization_id",
                r -> new AttachTarget(r.getLong("id"), r.getString("number"), r.getString("organization_id"), r.getString("pin_hash")),
                number, organizationId, organizationId);
    }

    @Override
    public List<AttachOrganization> organizationsWithAccounts() {
        return Jdbc.list(dataSource, "SELECT o.id, o.name FROM organization o WHERE EXISTS (SELECT 1 FROM account a WHERE a.organization_id = o.id) "
                + "ORDER BY o.name, o.id", r -> new AttachOrganization(r.getString(1), r.getString(2)));
    }

    @Override
    public Optional<BigDecimal> lastChargeAmount(long accountId) {
        return Jdbc.one(dataSource, """
                SELECT sum(amount) FROM ledger_entry
                 WHERE account_id = ? AND kind = 'CHARGE'
                   AND period = (SELECT max(period) FROM ledger_entry WHERE account_id = ? AND kind = 'CHARGE')
                HAVING count(*) > 0""", r -> r.getBigDecimal(1), accountId, accountId);
    }

    @Override
    public void setPinHash(long accountId, String pinHash) {
        Jdbc.update(dataSource, "UPDATE account SET pin_hash = ? WHERE id = ?", pinHash, accountId);
    }

    @Override
    public void recordAttempt(long userId, Long accountId, String number, String organizationId, AttachOutcome outcome, Instant at) {
        Jdbc.update(dataSource, "INSERT INTO account_attach_attempt (user_id, account_id, number, organization_id, outcome, at) VALUES (?, ?, ?, ?, ?, ?)",
                userId, accountId, number, organizationId, outcome, at);
    }

    @Override
    public int userFailuresSince(long userId, Instant since) {
        return Jdbc.one(dataSource, "SELECT count(*) FROM account_attach_attempt WHERE user_id = ? AND outcome IN ('WRONG_SECRET', 'NO_SUCH_ACCOUNT') AND at >= ?",
                r -> r.getInt(1), userId, since).orElse(0);
    }

    @Override
    public int accountFailuresSince(long accountId, Instant since) {
        return Jdbc.one(dataSource, "SELECT count(*) FROM account_attach_attempt WHERE account_id = ? AND outcome = 'WRONG_SECRET' AND at >= ?",
                r -> r.getInt(1), accountId, since).orElse(0);
    }

    @Override
    public Optional<GrantedUser> customerByLoginEmailOrPhone(String login, String email, String phoneE164) {
        return Jdbc.one(dataSource, """
                SELECT id, login, display_name FROM app_user
                 WHERE role = 'CUSTOMER' AND (login = ? OR lower(email) = lower(?) OR phone = ?)
                 ORDER BY (login = ?) DESC, id LIMIT 1""", JdbcAccountAccessRepository::user, login, email, phoneE164, login);
    }

    @Override
    public Optional<GrantedUser> user(long id) {
        return Jdbc.one(dataSource, "SELECT id, login, display_name FROM app_user WHERE id = ?", JdbcAccountAccessRepository::user, id);
    }

    private static GrantedUser user(ResultSet r) throws SQLException {
        return new GrantedUser(r.getLong("id"), r.getString("login"), r.getString("display_name"));
    }

    private static AccountAccessRow row(ResultSet r) throws SQLException {
        return new AccountAccessRow(r.getLong("id"), r.getLong("account_id"), r.getLong("user_id"), AccessKind.valueOf(r.getString("kind")),
                r.getLong("granted_by"), Jdbc.instant(r, "granted_at"), Jdbc.instant(r, "valid_until"), Jdbc.instant(r, "revoked_at"),
                Jdbc.nullableLong(r, "revoked_by"));
    }
}
