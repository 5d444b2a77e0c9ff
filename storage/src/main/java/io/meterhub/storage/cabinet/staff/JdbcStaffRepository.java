package io.meterhub.storage.cabinet.staff;

import io.meterhub.cabinet.staff.StaffRepository;
import io.meterhub.cabinet.staff.StaffRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link StaffRepository} over JDBC. */
public final class JdbcStaffRepository implements StaffRepository {
    private static final String STAFF = """
            SELECT u.id, u.login, u.display_name, u.role, u.organization_id, u.email, u.blocked_at, u.blocked_reason,
                   coalesce(array_agg(g.module ORDER BY g.module) FILTER (WHERE g.module IS NOT NULL), '{}')
            FROM app_user u LEFT JOIN staff_grant g ON g.user_id = u.id
            """;
    private final DataSource dataSource;

    public JdbcStaffRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> modules(long userId) {
        return Jdbc.list(dataSource, "SELECT module FROM staff_grant WHERE user_id = ? ORDER BY module", r -> r.getString(1), userId);
    }

    @Override
    public Optional<StaffRow> staff(long userId) {
        return Jdbc.one(dataSource, STAFF + "WHERE u.id = ? AND u.role IN ('OPERATOR', 'ADMIN', 'SUPPLIER') GROUP BY u.id", JdbcStaffRepository::row, userId);
    }

    @Override
    public List<StaffRow> staffOf(String organizationId) {
        return Jdbc.list(dataSource, STAFF + "WHERE u.organization_id = ? AND u.role IN ('OPERATOR', 'ADMIN') GROUP BY u.id "
                + "ORDER BY u.role = 'ADMIN' DESC, u.display_name, u.id", JdbcStaffRepository::row, organizationId);
    }

    @Override
    public List<StaffRow> suppliersBelow(String parentOrganizationId) {
        return Jdbc.list(dataSource, STAFF + "JOIN organization o ON o.id = u.organization_id WHERE o.parent_id = ? AND u.role = 'SUPPLIER' "
                + "GROUP BY u.id ORDER BY u.display_name, u.id", JdbcStaffRepository::row, parentOrganizationId);
    }

    @Override
    public void setModules(long userId, List<String> modules, long grantedBy) {
        Jdbc.inTransaction(dataSource, c -> {
            Jdbc.update(c, "DELETE FROM staff_grant WHERE user_id = ? AND module <> ALL (?)", userId, modules.toArray(String[]::new));
            Jdbc.update(c, "INSERT INTO staff_grant (user_id, module, granted_by) SELECT ?, m, ? FROM unnest(?::text[]) m "
                    + "ON CONFLICT DO NOTHING", userId, grantedBy, modules.toArray(String[]::new));
            return null;
        });
    }

    private static StaffRow row(ResultSet r) throws SQLException {
        Array modules = r.getArray(9);
        return new StaffRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                Jdbc.instant(r, "blocked_at"), r.getString(8), Arrays.asList((String[]) modules.getArray()));
    }
}
