package io.meterhub.storage.cabinet.staff;

import io.meterhub.cabinet.directory.DirectoryStaffRepository;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.util.Optional;

/** {@link DirectoryStaffRepository} over JDBC: {@code app_user.directory_dn} and the user's {@code staff_grant} rows. */
public final class JdbcDirectoryStaffRepository implements DirectoryStaffRepository {
    private final DataSource dataSource;

    public JdbcDirectoryStaffRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> directoryDn(long userId) {
        return Jdbc.one(dataSource, "SELECT directory_dn FROM app_user WHERE id = ? AND directory_dn IS NOT NULL", r -> r.getString(1), userId);
    }

    @Override
    public long sync(DirectoryStaffRow staff, String newPasswordHash) {
        String[] modules = staff.modules().toArray(String[]::new);
        return Jdbc.inTransaction(dataSource, c -> {
            long id = Jdbc.insert(c, "INSERT INTO app_user (login, password_hash, role, display_name, organization_id, directory_dn) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (login) DO UPDATE SET role = excluded.role, display_name = excluded.display_name, "
                    // a login the directory takes over keeps no password of the app's: it must not work if the directory is switched off
                    + "password_hash = CASE WHEN app_user.directory_dn IS NULL THEN excluded.password_hash ELSE app_user.password_hash END, "
                    + "organization_id = excluded.organization_id, directory_dn = excluded.directory_dn RETURNING id",
                    staff.login(), newPasswordHash, staff.role(), staff.displayName(), staff.organizationId(), staff.dn());
            Jdbc.update(c, "DELETE FROM staff_grant WHERE user_id = ? AND module <> ALL (?)", id, modules);
            Jdbc.update(c, "INSERT INTO staff_grant (user_id, module) SELECT ?, m FROM unnest(?::text[]) m ON CONFLICT DO NOTHING", id, modules);
            return id;
        });
    }
}
