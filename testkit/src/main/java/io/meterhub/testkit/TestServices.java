package io.meterhub.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where the real services of a test run are. The test script ({@code ./run-tests}) starts
 * PostgreSQL and Mosquitto when they are missing and exports their addresses; each test class
 * gets a database of its own inside the run, so classes never see each other's rows.
 */
public final class TestServices {
    private static final String RUN = env("MH_TEST_RUN", "local");

    private TestServices() {
    }

    /** The PostgreSQL server's admin URL (it must allow CREATE DATABASE). */
    public static String postgresAdminUrl() {
        return env("MH_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");
    }

    public static String mqttUri() {
        return env("MH_TEST_MQTT_URI", "tcp://127.0.0.1:1883");
    }

    /** Creates an empty database for one test class and returns its JDBC URL. */
    public static String freshDatabase(String purpose) {
        String name = ("mh_" + RUN + "_" + purpose + "_" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = DriverManager.getConnection(postgresAdminUrl()); Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " at " + postgresAdminUrl()
                    + " (is PostgreSQL running? ./run-tests starts it): " + e.getMessage(), e);
        }
        String admin = postgresAdminUrl();
        int slash = admin.indexOf('/', "jdbc:postgresql://".length());
        int query = admin.indexOf('?');
        return admin.substring(0, slash + 1) + name + (query >= 0 ? admin.substring(query) : "");
    }

    /** A unique suffix for client ids and topics, so parallel runs never share broker sessions. */
    public static String uniqueSuffix() {
        return RUN + "-" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
