package io.meterhub.storage.cabinet.loading;

import io.meterhub.cabinet.common.StorageException;
import io.meterhub.cabinet.loading.DataLoadRepository;
import io.meterhub.cabinet.loading.DataLoadRow;
import io.meterhub.cabinet.loading.ProblemRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link DataLoadRepository} over JDBC. */
public final class JdbcDataLoadRepository implements DataLoadRepository {
    private static final String LOAD = """
            SELECT l.id, l.organization_id, l.kind, l.file_name, l.format, l.content_sha256, l.uploaded_by, u.login, l.uploaded_at, l.status,
                   l.rows_total, l.rows_checked, l.rows_valid, l.rows_bad, l.rows_new, l.rows_updated, l.rows_applied, l.finished_at,
                   l.error, l.error_arg
            FROM data_load l JOIN app_user u ON u.id = l.uploaded_by
            """;
    private static final String UNIQUE_VIOLATION = "23505";
    private final DataSource dataSource;

    public JdbcDataLoadRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ZoneId timeZone(String organizationId) {
        return Jdbc.one(dataSource, "SELECT time_zone FROM organization WHERE id = ?", r -> ZoneId.of(r.getString(1)), organizationId)
                .orElse(ZoneId.of("Europe/Moscow"));
    }

    @Override
    public long create(String organizationId, String kind, String fileName, String format, byte[] content, byte[] sha256, long uploadedBy,
                       Instant at) {
        return Jdbc.insert(dataSource, """
                INSERT INTO data_load (organization_id, kind, file_name, format, content, content_sha256, uploaded_by, uploaded_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CHECKING') RETURNING id""", organizationId, kind, fileName, format, content, sha256, uploadedBy, at);
    }

    @Override
    public Optional<DataLoadRow> load(long id) {
        return Jdbc.one(dataSource, LOAD + "WHERE l.id = ?", JdbcDataLoadRepository::row, id);
    }

    @Override
    public byte[] content(long id) {
        return Jdbc.one(dataSource, "SELECT content FROM data_load WHERE id = ?", r -> r.getBytes(1), id).orElseThrow();
    }

    @Override
    public List<DataLoadRow> history(String organizationId, int limit) {
        return Jdbc.list(dataSource, LOAD + "WHERE l.organization_id = ? ORDER BY l.id DESC LIMIT ?", JdbcDataLoadRepository::row,
                organizationId, limit);
    }

    @Override
    public Optional<DataLoadRow> applied(String organizationId, String kind, byte[] sha256) {
        return Jdbc.one(dataSource, LOAD + "WHERE l.organization_id = ? AND l.kind = ? AND l.content_sha256 = ? "
                + "AND l.status IN ('APPLYING', 'APPLIED')", JdbcDataLoadRepository::row, organizationId, kind, sha256);
    }

    @Override
    public void checking(long id, int rowsChecked) {
        Jdbc.update(dataSource, "UPDATE data_load SET rows_checked = ? WHERE id = ?", rowsChecked, id);
    }

    @Override
    public void checked(long id, int total, int valid, int bad, int fresh, int updated, List<ProblemRow> problems) {
        Jdbc.inTransaction(dataSource, c -> {
            int chunk = 10_000;
            for (int from = 0; from < problems.size(); from += chunk) {
                List<ProblemRow> part = problems.subList(from, Math.min(problems.size(), from + chunk));
                Long[] seq = new Long[part.size()];
                Long[] rows = new Long[part.size()];
                String[] fields = new String[part.size()];
                String[] values = new String[part.size()];
                String[] codes = new String[part.size()];
                String[] args = new String[part.size()];
                for (int i = 0; i < part.size(); i++) {
                    ProblemRow p = part.get(i);
                    seq[i] = (long) from + i;
                    rows[i] = (long) p.rowNo();
                    fields[i] = p.field();
                    values[i] = p.value();
                    codes[i] = p.code();
                    args[i] = String.join("\u001f", p.args());
                }
                Jdbc.update(c, "INSERT INTO data_load_problem (load_id, seq, row_no, field, value, code, args) "
                        + "SELECT ?, s, r, f, v, k, CASE WHEN a = '' THEN '{}'::text[] ELSE string_to_array(a, chr(31)) END "
                        + "FROM unnest(?::int8[], ?::int8[], ?::text[], ?::text[], ?::text[], ?::text[]) AS t (s, r, f, v, k, a)",
                        id, seq, rows, fields, values, codes, args);
            }
            Jdbc.update(c, "UPDATE data_load SET status = 'CHECKED', rows_total = ?, rows_checked = ?, rows_valid = ?, rows_bad = ?, "
                    + "rows_new = ?, rows_updated = ? WHERE id = ?", total, total, valid, bad, fresh, updated, id);
            return null;
        });
    }

    @Override
    public int failUnfinished(String error, Instant at) {
        return Jdbc.update(dataSource, "UPDATE data_load SET status = 'FAILED', error = ?, finished_at = ? WHERE status IN ('CHECKING', 'APPLYING')",
                error, at);
    }

    @Override
    public void failed(long id, String error, String errorArg, Instant at) {
        Jdbc.update(dataSource, "UPDATE data_load SET status = 'FAILED', error = ?, error_arg = ?, finished_at = ? WHERE id = ?",
                error, errorArg, at, id);
    }

    @Override
    public boolean startApplying(long id, long userId) {
        try {
            return Jdbc.update(dataSource, "UPDATE data_load SET status = 'APPLYING', applied_by = ?, rows_applied = 0 "
                    + "WHERE id = ? AND status = 'CHECKED'", userId, id) == 1;
        } catch (StorageException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void applied(long id, int rowsApplied, Instant at) {
        Jdbc.update(dataSource, "UPDATE data_load SET status = 'APPLIED', rows_applied = ?, finished_at = ? WHERE id = ?", rowsApplied, at, id);
    }

    @Override
    public List<ProblemRow> problems(long id, int limit) {
        return Jdbc.list(dataSource, "SELECT row_no, field, value, code, args FROM data_load_problem WHERE load_id = ? ORDER BY seq LIMIT ?",
                r -> {
                    Array args = r.getArray(5);
                    return new ProblemRow(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                            Arrays.asList((String[]) args.getArray()));
                }, id, limit);
    }

    private static DataLoadRow row(ResultSet r) throws SQLException {
        return new DataLoadRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getBytes(6), r.getLong(7),
                r.getString(8), Jdbc.instant(r, "uploaded_at"), r.getString(10), r.getInt(11), r.getInt(12), r.getInt(13), r.getInt(14),
                r.getInt(15), r.getInt(16), r.getInt(17), Jdbc.instant(r, "finished_at"), r.getString(19), r.getString(20));
    }
}
