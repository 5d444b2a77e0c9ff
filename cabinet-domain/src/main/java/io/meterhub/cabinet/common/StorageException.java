package io.meterhub.cabinet.common;

/** A database failure behind a repository: a server error, logged with its stack trace by whoever answers it. */
public final class StorageException extends RuntimeException {
    private final String sqlState;

    public StorageException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The PostgreSQL SQLSTATE, e.g. 23505 for a unique violation. */
    public String sqlState() {
        return sqlState;
    }
}
