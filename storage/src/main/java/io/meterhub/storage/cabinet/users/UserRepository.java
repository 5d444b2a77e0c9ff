package io.meterhub.storage.cabinet.users;

import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

public final class UserRepository {
    private static final String USER = "SELECT id, login, password_hash, role, display_name, locale, organization_id, blocked_at IS NOT NULL FROM app_user ";
    private final DataSource dataSource;

    public UserRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long create(String login, String passwordHash, String role, String displayName, String locale, String organizationId) {
        return Jdbc.insert(dataSource, "INSERT INTO app_user (login, password_hash, role, display_name, locale, organization_id) "
                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id", login, passwordHash, role, displayName, locale, organizationId);
    }

    public Optional<UserRow> byLogin(String login) {
        return Jdbc.one(dataSource, USER + "WHERE login = ?", UserRepository::user, login);
    }

    public Optional<UserRow> byId(long id) {
        return Jdbc.one(dataSource, USER + "WHERE id = ?", UserRepository::user, id);
    }

    public void setLocale(long id, String locale) {
        Jdbc.update(dataSource, "UPDATE app_user SET locale = ? WHERE id = ?", locale, id);
    }

    /** Removes a login that nothing refers to yet (a sign-up taken back). */
    public void delete(long id) {
        Jdbc.update(dataSource, "DELETE FROM app_user WHERE id = ?", id);
    }

    private static UserRow user(ResultSet r) throws SQLException {
        return new UserRow(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                r.getBoolean(8));
    }
}
