package io.meterhub.dashboard.security;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * TEMPORARY: reads {@code app_user} directly so the login works end to end before the cabinet's
 * {@code UserService} exists. The dashboard holds no SQL otherwise; replace this class by the
 * cabinet's implementation of {@link UserLookup} (the bean is only created when no other
 * {@code UserLookup} bean exists, see {@code SecurityConfig}) and delete it.
 */
public final class JdbcUserLookup implements UserLookup {
    private static final String SQL =
            "SELECT id, login, password_hash, role, display_name, locale, organization_id FROM app_user WHERE login = ?";

    private final DataSource dataSource;

    public JdbcUserLookup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<UserAccount> findByLogin(String login) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setString(1, login);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String locale = row.getString("locale");
                return Optional.of(new UserAccount(
                        row.getLong("id"),
                        row.getString("login"),
                        row.getString("password_hash"),
                        Role.valueOf(row.getString("role")),
                        row.getString("display_name"),
                        locale == null || locale.isBlank() ? Locale.forLanguageTag("ru") : Locale.forLanguageTag(locale),
                        row.getString("organization_id")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read user " + login + ": " + e.getMessage(), e);
        }
    }
}
