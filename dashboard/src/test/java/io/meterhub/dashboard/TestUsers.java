package io.meterhub.dashboard;

import io.meterhub.cabinet.access.Role;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A fresh, migrated database for one test class, and users with BCrypt hashes in it. */
public final class TestUsers {
    /** BCrypt with a low cost: the hash format is the same, tests stay fast. */
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    private TestUsers() {
    }

    /** The demo's passwords (README's demo logins), for tests over the demo's seed. */
    public static String demoPassword(String login) {
        return switch (login) {
            case "ivanov" -> "ivan-meter-42";
            case "petrova" -> "anna-meter-42";
            case "sidorov" -> "petr-shop-42";
            case "romashka" -> "office-meter-42";
            case "operator", "uk-operator" -> "grid-duty-42";
            case "admin", "uk-admin" -> "grid-chief-42";
            case "supplier" -> "supply-desk-42";
            default -> throw new IllegalArgumentException("not a demo login: " + login);
        };
    }

    public static Database freshDatabase() {
        return Database.open(StorageConfig.of(TestServices.freshDatabase("dashboard")));
    }

    public static long insertUser(DataSource dataSource, String login, String password, Role role, String displayName, String locale) {
        String sql = "INSERT INTO app_user (login, password_hash, role, display_name, locale) VALUES (?, ?, ?, ?, ?) RETURNING id";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, login);
            insert.setString(2, ENCODER.encode(password));
            insert.setString(3, role.name());
            insert.setString(4, displayName);
            insert.setString(5, locale);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the user staff of the organization (created bare if missing) holding these control panel modules. */
    public static void staffOf(DataSource dataSource, long userId, String organizationId, String... modules) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement org = connection.prepareStatement(
                    "INSERT INTO organization (id, name, time_zone) VALUES (?, ?, 'Europe/Samara') ON CONFLICT (id) DO NOTHING")) {
                org.setString(1, organizationId);
                org.setString(2, organizationId);
                org.executeUpdate();
            }
            try (PreparedStatement user = connection.prepareStatement("UPDATE app_user SET organization_id = ? WHERE id = ?")) {
                user.setString(1, organizationId);
                user.setLong(2, userId);
                user.executeUpdate();
            }
            try (PreparedStatement grant = connection.prepareStatement("INSERT INTO staff_grant (user_id, module) SELECT ?, unnest(?::text[])")) {
                grant.setLong(1, userId);
                grant.setArray(2, connection.createArrayOf("text", modules));
                grant.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
