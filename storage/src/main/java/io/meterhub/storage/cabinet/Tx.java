package io.meterhub.storage.cabinet;

import java.sql.Connection;
import java.util.Objects;

/**
 * One open transaction, as the cabinet's services hand it to storage's repositories: what the work of
 * {@link Transactions} runs in. Opaque outside storage, so the cabinet speaks no JDBC; repositories reach
 * the connection through {@link Jdbc}.
 */
public final class Tx {
    private final Connection connection;

    Tx(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    Connection connection() {
        return connection;
    }
}
