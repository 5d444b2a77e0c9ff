package io.meterhub.storage.cabinet.staff;

import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Staff users, their modules, blocks, ended sessions and password reset links. */
public final class StaffRepository {
    private static final String STAFF = """
            SELECT u.id, u.login, u.display_name, u.role, u.organization_id, u.email, u.blocked_at, u.blocked_reason,
                   coalesce(array_agg(g.module ORDER BY g.module) FILTER (WHERE g.module IS NOT NULL), '{}')
            FROM app_user u LEFT JOIN staff_grant g ON g.user_id = u.id
            """;
    private final DataSource dataSource;

    public StaffRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The modules granted to a user (none for a user who is not staff). */
    public List<String> modules(long userId) {
        return Jdbc.list(dataSource, "SELECT module FROM staff_grant WHERE user_id = ? ORDER BY module", r -> r.getString(1), userId);
    }

    public Optional<StaffRow> staff(long userId) {
        return Jdbc.one(dataSource, STAFF + "WHERE u.id = ? AND u.role IN ('OPERATOR', 'ADMIN', 'SUPPLIER') GROUP BY u.id", StaffRepository::row, userId);
    }

    /** The staff of an organization, administrators first, then by name. */
    public List<StaffRow> staffOf(String organizationId) {
        return Jdbc.list(dataSource, STAFF + "WHERE u.organization_id = ? AND u.role IN ('OPERATOR', 'ADMIN') GROUP BY u.id "
                + "ORDER BY u.role = 'ADMIN' DESC, u.display_name, u.id", StaffRepository::row, organizationId);
    }

    /** The logins of guaranteeing suppliers whose organizations a grid company created (its sub-organizations), by name. */
    public List<StaffRow> suppliersBelow(String parentOrganizationId) {
        return Jdbc.list(dataSource, STAFF + "JOIN organization o ON o.id = u.organization_id WHERE o.parent_id = ? AND u.role = 'SUPPLIER' "
                + "GROUP BY u.id ORDER BY u.display_name, u.id", StaffRepository::row, parentOrganizationId);
    }

    /** Replaces the user's modules with these, in one transaction. */
    public void setModules(long userId, List<String> modules, long grantedBy) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, "DELETE FROM staff_grant WHERE user_id = ? AND module <> ALL (?)", userId, modules.toArray(String[]::new));
            Jdbc.update(c, "INSERT INTO staff_grant (user_id, module, granted_by) SELECT ?, m, ? FROM unnest(?::text[]) m "
                    + "ON CONFLICT DO NOTHING", userId, grantedBy, modules.toArray(String[]::new));
            return null;
        });
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
        return Jdbc.one(dataSource, "SELECT blocked_at, sessions_valid_after FROM app_user WHERE id = ?",
                r -> new SessionState(Jdbc.instant(r, "blocked_at"), Jdbc.instant(r, "sessions_valid_after")), userId);
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

    /** @param blockedAt null while the user may log in */
    public record SessionState(Instant blockedAt, Instant sessionsValidAfter) {
    }

    private static StaffRow row(ResultSet r) throws SQLException {
        Array modules = r.getArray(9);
        return new StaffRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                Jdbc.instant(r, "blocked_at"), r.getString(8), Arrays.asList((String[]) modules.getArray()));
    }
}
