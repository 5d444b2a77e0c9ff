package io.meterhub.storage.cabinet.anomalies;

import io.meterhub.cabinet.anomalies.AnomalyActionRow;
import io.meterhub.cabinet.anomalies.AnomalyQuery;
import io.meterhub.cabinet.anomalies.AnomalyRepository;
import io.meterhub.cabinet.anomalies.AnomalyRow;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link AnomalyRepository} over JDBC. */
public final class JdbcAnomalyRepository implements AnomalyRepository {
    private static final String SELECT = """
            SELECT a.id, a.meter_id, a.organization_id, a.kind, a.started_at, a.ended_at, a.severity, a.score, a.evidence::text AS evidence,
                   a.detected_at, a.status, a.assignee_id, u.login AS assignee_login, a.resolution, a.resolved_at
              FROM anomaly a LEFT JOIN app_user u ON u.id = a.assignee_id
            """;

    private final DataSource dataSource;

    public JdbcAnomalyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<AnomalyRow> find(AnomalyQuery query, int offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        parameters.add(limit);
        parameters.add(offset);
        return Jdbc.list(dataSource, SELECT + where + " ORDER BY a.started_at DESC, a.id DESC LIMIT ? OFFSET ?", JdbcAnomalyRepository::row,
                parameters.toArray());
    }

    @Override
    public long count(AnomalyQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        return Jdbc.one(dataSource, "SELECT count(*) FROM anomaly a" + where, r -> r.getLong(1), parameters.toArray()).orElse(0L);
    }

    @Override
    public Map<String, Long> countBy(String column, AnomalyQuery query) {
        if (!column.equals("status") && !column.equals("kind")) {
            throw new IllegalArgumentException(column);
        }
        List<Object> parameters = new ArrayList<>();
        String where = where(query, parameters);
        Map<String, Long> counts = new LinkedHashMap<>();
        Jdbc.list(dataSource, "SELECT a." + column + ", count(*) FROM anomaly a" + where + " GROUP BY 1 ORDER BY 1",
                r -> counts.put(r.getString(1), r.getLong(2)), parameters.toArray());
        return counts;
    }

    @Override
    public Optional<AnomalyRow> byId(long id) {
        return Jdbc.one(dataSource, SELECT + " WHERE a.id = ?", JdbcAnomalyRepository::row, id);
    }

    @Override
    public Optional<AnomalyRow> lock(Tx tx, long id) {
        Jdbc.one(tx, "SELECT id FROM anomaly WHERE id = ? FOR UPDATE", r -> r.getLong(1), id);
        return Jdbc.one(tx, SELECT + " WHERE a.id = ?", JdbcAnomalyRepository::row, id);
    }

    @Override
    public void review(Tx tx, long id, String status, Long assigneeId, String resolution, Instant resolvedAt) {
        Jdbc.update(tx, "UPDATE anomaly SET status = ?, assignee_id = ?, resolution = ?, resolved_at = ? WHERE id = ?",
                status, assigneeId, resolution, resolvedAt, id);
    }

    @Override
    public long record(Tx tx, long anomalyId, long userId, Instant at, String action, Long assigneeId, String resolution,
                       String comment) {
        return Jdbc.insert(tx, """
                INSERT INTO anomaly_action (anomaly_id, user_id, at, action, assignee_id, resolution, comment)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", anomalyId, userId, at, action, assigneeId, resolution, comment);
    }

    @Override
    public List<AnomalyActionRow> actions(long anomalyId) {
        return Jdbc.list(dataSource, """
                SELECT x.id, x.anomaly_id, x.user_id, u.login, x.at, x.action, x.assignee_id, a.login AS assignee_login, x.resolution, x.comment
                  FROM anomaly_action x JOIN app_user u ON u.id = x.user_id LEFT JOIN app_user a ON a.id = x.assignee_id
                 WHERE x.anomaly_id = ? ORDER BY x.at, x.id""",
                r -> new AnomalyActionRow(r.getLong("id"), r.getLong("anomaly_id"), r.getLong("user_id"), r.getString("login"),
                        Jdbc.instant(r, "at"), r.getString("action"), Jdbc.nullableLong(r, "assignee_id"), r.getString("assignee_login"),
                        r.getString("resolution"), r.getString("comment")), anomalyId);
    }

    @Override
    public Optional<Long> staffOf(Tx tx, String organizationId, String login) {
        return Jdbc.one(tx, "SELECT id FROM app_user WHERE login = ? AND organization_id = ? AND role IN ('OPERATOR', 'ADMIN')",
                r -> r.getLong(1), login, organizationId);
    }

    @Override
    public List<AnomalyRow> unannouncedHigh(int limit) {
        return Jdbc.list(dataSource, SELECT + " WHERE a.severity = 'HIGH' AND a.notified_at IS NULL ORDER BY a.id LIMIT ?",
                JdbcAnomalyRepository::row, limit);
    }

    @Override
    public boolean claimAnnouncement(long id, Instant at) {
        return Jdbc.update(dataSource, "UPDATE anomaly SET notified_at = ? WHERE id = ? AND notified_at IS NULL", at, id) == 1;
    }

    @Override
    public List<AnomalyRow> ofMeters(List<String> meterIds, Instant since, int limit) {
        return Jdbc.list(dataSource, SELECT + " WHERE a.meter_id = ANY (?) AND a.started_at >= ? ORDER BY a.started_at DESC, a.id DESC LIMIT ?",
                JdbcAnomalyRepository::row, meterIds.toArray(String[]::new), since, limit);
    }

    @Override
    public long raise(String meterId, String organizationId, String kind, Instant startedAt, Instant endedAt, String severity, double score,
                      String evidence, Instant at) {
        return Jdbc.insert(dataSource, """
                INSERT INTO anomaly (meter_id, organization_id, kind, started_at, ended_at, severity, score, evidence, detected_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (meter_id, kind, started_at) DO UPDATE SET ended_at = EXCLUDED.ended_at, severity = EXCLUDED.severity,
                       score = EXCLUDED.score, evidence = EXCLUDED.evidence, updated_at = EXCLUDED.updated_at
                RETURNING id""", meterId, organizationId, kind, startedAt, endedAt, severity, score, evidence, at, at);
    }

    private static String where(AnomalyQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE a.organization_id = ?");
        parameters.add(query.organizationId());
        if (query.kind() != null) {
            where.append(" AND a.kind = ?");
            parameters.add(query.kind());
        }
        if (query.severity() != null) {
            where.append(" AND a.severity = ?");
            parameters.add(query.severity());
        }
        if (query.status() != null) {
            where.append(" AND a.status = ?");
            parameters.add(query.status());
        }
        if (query.startedBefore() != null) {
            where.append(" AND a.started_at <= ?");
            parameters.add(query.startedBefore());
        }
        return where.toString();
    }

    private static AnomalyRow row(ResultSet r) throws SQLException {
        return new AnomalyRow(r.getLong("id"), r.getString("meter_id"), r.getString("organization_id"), r.getString("kind"),
                Jdbc.instant(r, "started_at"), Jdbc.instant(r, "ended_at"), r.getString("severity"), r.getDouble("score"),
                r.getString("evidence"), Jdbc.instant(r, "detected_at"), r.getString("status"), Jdbc.nullableLong(r, "assignee_id"),
                r.getString("assignee_login"), r.getString("resolution"), Jdbc.instant(r, "resolved_at"));
    }
}
