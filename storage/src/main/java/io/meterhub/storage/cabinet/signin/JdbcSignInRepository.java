package io.meterhub.storage.cabinet.signin;

import io.meterhub.cabinet.signin.SignInAttemptRow;
import io.meterhub.cabinet.signin.SignInRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@link SignInRepository} over JDBC. */
public final class JdbcSignInRepository implements SignInRepository {
    private final DataSource dataSource;

    public JdbcSignInRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(String login, String address, Long userId, String outcome, String userAgent, Instant at) {
        Jdbc.update(dataSource, "INSERT INTO sign_in_attempt (login, address, user_id, outcome, user_agent, at) VALUES (?, ?, ?, ?, ?, ?)",
                login, address, userId, outcome, userAgent, at);
    }

    @Override
    public List<Instant> failuresSinceSuccess(String login, Instant since) {
        return Jdbc.list(dataSource, """
                SELECT at FROM sign_in_attempt
                 WHERE login = ? AND outcome = 'FAILURE' AND at >= ?
                   AND at > coalesce((SELECT max(at) FROM sign_in_attempt WHERE login = ? AND outcome = 'SUCCESS'), '-infinity')
                 ORDER BY at DESC LIMIT 1000""", r -> Jdbc.instant(r, "at"), login, since, login);
    }

    @Override
    public List<Instant> addressFailures(String address, Instant since) {
        return Jdbc.list(dataSource, "SELECT at FROM sign_in_attempt WHERE address = ? AND outcome = 'FAILURE' AND at >= ? ORDER BY at DESC LIMIT 1000",
                r -> Jdbc.instant(r, "at"), address, since);
    }

    @Override
    public int codeFailures(long userId, Instant since) {
        return Jdbc.one(dataSource, "SELECT count(*) AS n FROM sign_in_attempt WHERE user_id = ? AND outcome = 'CODE_FAILURE' AND at >= ?",
                r -> r.getInt("n"), userId, since).orElse(0);
    }

    @Override
    public List<SignInAttemptRow> ofUser(long userId, int limit) {
        return Jdbc.list(dataSource, "SELECT * FROM sign_in_attempt WHERE user_id = ? ORDER BY at DESC, id DESC LIMIT ?", JdbcSignInRepository::row,
                userId, limit);
    }

    @Override
    public List<SignInAttemptRow> ofOrganization(String organizationId, String loginOrAddress, String outcome, Instant from, Instant to,
                                                 int limit) {
        // the organization's staff, and the customers holding one of its accounts
        StringBuilder sql = new StringBuilder("""
                SELECT s.* FROM sign_in_attempt s JOIN app_user u ON u.id = s.user_id
                 WHERE (u.organization_id = ? OR EXISTS (SELECT 1 FROM customer c JOIN account a ON a.holder_id = c.id
                                                           WHERE c.user_id = u.id AND a.organization_id = ?))""");
        List<Object> parameters = new ArrayList<>(List.of(organizationId, organizationId));
        if (loginOrAddress != null) {
            sql.append(" AND (strpos(s.login, ?) > 0 OR strpos(s.address, ?) > 0)");
            parameters.add(loginOrAddress);
            parameters.add(loginOrAddress);
        }
        if (outcome != null) {
            sql.append(" AND s.outcome = ?");
            parameters.add(outcome);
        }
        if (from != null) {
            sql.append(" AND s.at >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" AND s.at < ?");
            parameters.add(to);
        }
        sql.append(" ORDER BY s.at DESC, s.id DESC LIMIT ?");
        parameters.add(limit);
        return Jdbc.list(dataSource, sql.toString(), JdbcSignInRepository::row, parameters.toArray());
    }

    private static SignInAttemptRow row(ResultSet r) throws SQLException {
        return new SignInAttemptRow(r.getLong("id"), r.getString("login"), r.getString("address"), Jdbc.nullableLong(r, "user_id"),
                r.getString("outcome"), r.getString("user_agent"), Jdbc.instant(r, "at"));
    }
}
