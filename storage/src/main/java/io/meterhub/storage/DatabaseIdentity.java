package io.meterhub.storage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which database this is, whatever URL reaches it: the PostgreSQL cluster's system identifier
 * (fixed at initdb, the same on a streaming replica) plus the database's name. State derived from
 * one database's rows (the pipeline's checkpoints) is stamped with it, so that it is never restored
 * against another database.
 */
public record DatabaseIdentity(String systemIdentifier, String databaseName) {

    public DatabaseIdentity {
        if (systemIdentifier == null || systemIdentifier.isBlank() || databaseName == null || databaseName.isBlank()) {
            throw new IllegalArgumentException("a database identity needs a system identifier and a database name");
        }
    }

    /** Over a connection of its own: no pool, no migration needed. */
    public static DatabaseIdentity of(StorageConfig config) throws SQLException {
        try (Connection connection = Database.connect(config)) {
            return of(connection);
        }
    }

    public static DatabaseIdentity of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    public static DatabaseIdentity of(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT system_identifier::text, current_database() FROM pg_control_system()")) {
            row.next();
            return new DatabaseIdentity(row.getString(1), row.getString(2));
        }
    }

    /** The identity as one line of text, as {@link #parse} reads it back. */
    public String stamp() {
        return systemIdentifier + "/" + databaseName;
    }

    public static DatabaseIdentity parse(String stamp) {
        String text = stamp.strip();
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("not a database identity: \"" + text + "\"");
        }
        return new DatabaseIdentity(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return "database \"" + databaseName + "\" of PostgreSQL cluster " + systemIdentifier;
    }
}
