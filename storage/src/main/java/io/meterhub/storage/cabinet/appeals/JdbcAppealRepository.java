package io.meterhub.storage.cabinet.appeals;

import io.meterhub.cabinet.appeals.AppealChangeRow;
import io.meterhub.cabinet.appeals.AppealCommentRow;
import io.meterhub.cabinet.appeals.AppealRepository;
import io.meterhub.cabinet.appeals.AppealRow;
import io.meterhub.cabinet.appeals.AppealStateRow;
import io.meterhub.cabinet.appeals.GridCompanyRow;
import io.meterhub.cabinet.appeals.NewAppealRow;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AppealRepository} over JDBC. */
public final class JdbcAppealRepository implements AppealRepository {
    private static final String SELECT = """
            SELECT a.*, o.name AS organization_name, o.time_zone AS organization_time_zone, c.display_name AS customer_name,
                   x.number AS account_number, s.display_name AS assignee_name
              FROM appeal a
              JOIN organization o ON o.id = a.organization_id
              JOIN app_user c ON c.id = a.customer_user_id
              LEFT JOIN account x ON x.id = a.account_id
              LEFT JOIN app_user s ON s.id = a.assignee_user_id
            """;

    private final DataSource dataSource;

    public JdbcAppealRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int nextInSeries(Tx tx, String organizationId, int year) {
        return Jdbc.one(tx, """
                INSERT INTO appeal_number_series (organization_id, year, last) VALUES (?, ?, 1)
                ON CONFLICT (organization_id, year) DO UPDATE SET last = appeal_number_series.last + 1 RETURNING last""",
                r -> r.getInt(1), organizationId, year).orElseThrow();
    }

    @Override
    public long create(Tx tx, NewAppealRow a) {
        return Jdbc.insert(tx, """
                INSERT INTO appeal (organization_id, year, seq, number, customer_user_id, account_id, category, subject, status,
                                    registered_at, deadline)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
                a.organizationId(), a.year(), a.seq(), a.number(), a.customerUserId(), a.accountId(), a.category(), a.subject(), a.status(),
                a.registeredAt(), a.deadline());
    }

    @Override
    public Optional<AppealRow> byId(long id) {
        return Jdbc.one(dataSource, SELECT + " WHERE a.id = ?", JdbcAppealRepository::row, id);
    }

    @Override
    public Optional<AppealRow> lock(Tx tx, long id) {
        Jdbc.one(tx, "SELECT id FROM appeal WHERE id = ? FOR UPDATE", r -> r.getLong(1), id);
        return Jdbc.one(tx, SELECT + " WHERE a.id = ?", JdbcAppealRepository::row, id);
    }

    @Override
    public void save(Tx tx, AppealStateRow s) {
        Jdbc.update(tx, "UPDATE appeal SET status = ?, assignee_user_id = ?, deadline = ?, answered_at = ?, closed_at = ? WHERE id = ?",
                s.status(), s.assigneeUserId(), s.deadline(), s.answeredAt(), s.closedAt(), s.id());
    }

    @Override
    public void addChange(Tx tx, long appealId, String fromStatus, String toStatus, long userId, Instant at) {
        Jdbc.update(tx, "INSERT INTO appeal_status_change (appeal_id, from_status, to_status, at, user_id) VALUES (?, ?, ?, ?, ?)",
                appealId, fromStatus, toStatus, at, userId);
    }

    @Override
    public List<AppealChangeRow> changes(long appealId) {
        return Jdbc.list(dataSource, "SELECT to_status, at FROM appeal_status_change WHERE appeal_id = ? ORDER BY at, id",
                r -> new AppealChangeRow(r.getString(1), Jdbc.instant(r, "at")), appealId);
    }

    @Override
    public List<AppealRow> ofCustomer(long customerUserId) {
        return Jdbc.list(dataSource, SELECT + " WHERE a.customer_user_id = ? ORDER BY a.registered_at DESC, a.id DESC", JdbcAppealRepository::row,
                customerUserId);
    }

    @Override
    public List<AppealRow> queue(String organizationId, String status, String category) {
        StringBuilder where = new StringBuilder(" WHERE a.organization_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(organizationId));
        if (status != null) {
            where.append(" AND a.status = ?");
            parameters.add(status);
        }
        if (category != null) {
            where.append(" AND a.category = ?");
            parameters.add(category);
        }
        // those still waiting for their answer first, so an overdue one is never below the closed ones
        return Jdbc.list(dataSource, SELECT + where + " ORDER BY a.status IN ('ANSWERED', 'CLOSED'), a.deadline, a.id", JdbcAppealRepository::row,
                parameters.toArray());
    }

    @Override
    public List<GridCompanyRow> gridCompanies() {
        return Jdbc.list(dataSource, "SELECT id, name FROM organization WHERE kind = 'GRID_COMPANY' ORDER BY name, id",
                r -> new GridCompanyRow(r.getString(1), r.getString(2)));
    }

    @Override
    public long addComment(Tx tx, long appealId, long userId, String text, Instant at) {
        return Jdbc.insert(tx, "INSERT INTO appeal_comment (appeal_id, user_id, at, text) VALUES (?, ?, ?, ?) RETURNING id", appealId, userId, at,
                text);
    }

    @Override
    public List<AppealCommentRow> comments(long appealId) {
        return Jdbc.list(dataSource, """
                SELECT k.id, k.appeal_id, k.user_id, u.display_name, k.at, k.text
                  FROM appeal_comment k JOIN app_user u ON u.id = k.user_id
                 WHERE k.appeal_id = ? ORDER BY k.at, k.id""",
                r -> new AppealCommentRow(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), Jdbc.instant(r, "at"), r.getString(6)),
                appealId);
    }

    private static AppealRow row(ResultSet r) throws SQLException {
        return new AppealRow(r.getLong("id"), r.getString("organization_id"), r.getString("organization_name"), r.getString("organization_time_zone"),
                r.getString("number"), r.getLong("customer_user_id"), r.getString("customer_name"), Jdbc.nullableLong(r, "account_id"),
                r.getString("account_number"), r.getString("category"), r.getString("subject"), r.getString("status"),
                Jdbc.instant(r, "registered_at"), Jdbc.date(r, "deadline"), Jdbc.nullableLong(r, "assignee_user_id"), r.getString("assignee_name"),
                Jdbc.instant(r, "answered_at"), Jdbc.instant(r, "closed_at"));
    }
}
