package io.meterhub.storage.cabinet.audit;

import io.meterhub.cabinet.audit.AuditQuery;
import io.meterhub.cabinet.audit.AuditRepository;
import io.meterhub.cabinet.audit.AuditRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@link AuditRepository} over JDBC. */
public final class JdbcAuditRepository implements AuditRepository {
    private final DataSource dataSource;

    public JdbcAuditRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long append(String organizationId, Long actorId, String actorLogin, String action, String recordKind, String recordId,
                       String beforeJson, String afterJson, String reason) {
        return Jdbc.insert(dataSource, """
                INSERT INTO audit_entry (organization_id, actor_id, actor_login, action, record_kind, record_id, before, after, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?) RETURNING id""",
                organizationId, actorId, actorLogin, action, recordKind, recordId, beforeJson, afterJson, reason);
    }

    @Override
    public List<AuditRow> ofRecord(String action, String recordKind, String recordId, int limit) {
        return Jdbc.list(dataSource, "SELECT id, at, organization_id, actor_id, actor_login, action, record_kind, record_id, before::text, after::text, "
                + "reason FROM audit_entry WHERE action = ? AND record_kind = ? AND record_id = ? ORDER BY id DESC LIMIT ?",
                JdbcAuditRepository::row, action, recordKind, recordId, limit);
    }

    @Override
    public List<AuditRow> search(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT id, at, organization_id, actor_id, actor_login, action, record_kind, record_id, "
                + "before::text, after::text, reason FROM audit_entry WHERE organization_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(q.organizationId()));
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            parameters.add(q.from());
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
            parameters.add(q.to());
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
            parameters.add(q.action());
        }
        if (q.recordKind() != null) {
            sql.append(" AND record_kind = ?");
            parameters.add(q.recordKind());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" AND (actor_login ILIKE ? OR action ILIKE ? OR record_id ILIKE ? OR reason ILIKE ? OR before::text ILIKE ? "
                    + "OR after::text ILIKE ?)");
            String like = "%" + q.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.addAll(List.of(like, like, like, like, like, like));
        }
        if (q.beforeId() != null) {
            sql.append(" AND id < ?");
            parameters.add(q.beforeId());
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        parameters.add(q.limit());
        return Jdbc.list(dataSource, sql.toString(), JdbcAuditRepository::row, parameters.toArray());
    }

    private static AuditRow row(ResultSet r) throws SQLException {
        return new AuditRow(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), Jdbc.nullableLong(r, "actor_id"), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11));
    }
}
