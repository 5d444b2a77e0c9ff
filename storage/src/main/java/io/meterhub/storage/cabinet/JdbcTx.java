package io.meterhub.storage.cabinet;

import io.meterhub.cabinet.common.Tx;

import java.sql.Connection;
import java.util.Objects;

/** The {@link Tx} of {@link JdbcTransactions}: its connection, reached by the repositories through {@link Jdbc}. */
final class JdbcTx implements Tx {
    private final Connection connection;

    JdbcTx(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    Connection connection() {
        return connection;
    }
}
