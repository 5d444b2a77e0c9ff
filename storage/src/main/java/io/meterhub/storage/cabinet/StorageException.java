package io.meterhub.storage.cabinet;

import java.sql.SQLException;

/** A database failure in the cabinet's repositories: a server error, logged with its stack trace by whoever answers it. */
public final class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super("database error: " + cause.getMessage(), cause);
    }

    /** The PostgreSQL SQLSTATE, e.g. 23505 for a unique violation. */
    public String sqlState() {
        return ((SQLException) getCause()).getSQLState();
    }
}
