package io.meterhub.storage.cabinet.customers;

import io.meterhub.cabinet.customers.NewWriteOffRequest;
import io.meterhub.cabinet.customers.WriteOffRequestRepository;
import io.meterhub.cabinet.customers.WriteOffRequestRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link WriteOffRequestRepository} over JDBC. */
public final class JdbcWriteOffRequestRepository implements WriteOffRequestRepository {
    private static final String SELECT = """
            SELECT w.*, a.number AS account_number, r.login AS requested_by_login, d.login AS decided_by_login
            FROM write_off_request w JOIN account a ON a.id = w.account_id JOIN app_user r ON r.id = w.requested_by
            LEFT JOIN app_user d ON d.id = w.decided_by
            """;

    private final DataSource dataSource;

    public JdbcWriteOffRequestRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long create(NewWriteOffRequest r) {
        return Jdbc.insert(dataSource, """
                INSERT INTO write_off_request (organization_id, account_id, service_code, period, amount, description, reason, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", r.organizationId(), r.accountId(), r.serviceCode(), r.period(), r.amount(), r.description(),
                r.reason(), r.requestedBy(), r.requestedAt());
    }

    @Override
    public Optional<WriteOffRequestRow> request(long id) {
        return Jdbc.one(dataSource, SELECT + " WHERE w.id = ?", JdbcWriteOffRequestRepository::row, id);
    }

    @Override
    public List<WriteOffRequestRow> ofOrganization(String organizationId, boolean pendingOnly, int limit) {
        return Jdbc.list(dataSource, SELECT + " WHERE w.organization_id = ?" + (pendingOnly ? " AND w.status = 'PENDING'" : "")
                + " ORDER BY w.id DESC LIMIT ?", JdbcWriteOffRequestRepository::row, organizationId, limit);
    }

    @Override
    public boolean decide(long id, String status, long decidedBy, Instant decidedAt, String decisionReason) {
        return Jdbc.update(dataSource, """
                UPDATE write_off_request SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
                WHERE id = ? AND status = 'PENDING'""", status, decidedBy, decidedAt, decisionReason, id) == 1;
    }

    private static WriteOffRequestRow row(ResultSet r) throws SQLException {
        return new WriteOffRequestRow(r.getLong("id"), r.getString("organization_id"), r.getLong("account_id"), r.getString("account_number"),
                r.getString("service_code"), Jdbc.date(r, "period"), r.getBigDecimal("amount"), r.getString("description"), r.getString("reason"),
                r.getLong("requested_by"), r.getString("requested_by_login"), Jdbc.instant(r, "requested_at"), r.getString("status"),
                Jdbc.nullableLong(r, "decided_by"), r.getString("decided_by_login"), Jdbc.instant(r, "decided_at"), r.getString("decision_reason"));
    }
}
