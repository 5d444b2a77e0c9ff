package io.meterhub.storage.cabinet.users;

import io.meterhub.cabinet.users.UserRepository;
import io.meterhub.cabinet.users.UserRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** {@link UserRepository} over JDBC. */
public final class JdbcUserRepository implements UserRepository {
    private static final String USER = "SELECT id, login, password_hash, role, display_name, locale, organization_id, blocked_at IS NOT NULL FROM app_user ";
    private final DataSource dataSource;

    public JdbcUserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long create(String login, String passwordHash, String role, String displayName, String locale, String organizationId) {
        return Jdbc.insert(dataSource, "INSERT INTO app_user (login, password_hash, role, display_name, locale, organization_id) "
                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", login, passwordHash, role, displayName, locale, organizationId);
    }

    @Override
    public Optional<UserRow> byLogin(String login) {
        return Jdbc.one(dataSource, USER + "WHERE login = ?", JdbcUserRepository::user, login);
    }

    @Override
    public Optional<UserRow> byId(long id) {
        return Jdbc.one(dataSource, USER + "WHERE id = ?", JdbcUserRepository::user, id);
    }

    @Override
    public void setLocale(long id, String locale) {
        Jdbc.update(dataSource, "UPDATE app_user SET locale = ? WHERE id = ?", locale, id);
    }

    @Override
    public void delete(long id) {
        Jdbc.update(dataSource, "DELETE FROM app_user WHERE id = ?", id);
    }

    private static UserRow user(ResultSet r) throws SQLException {
        return new UserRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                r.getBoolean(8));
    }
}
