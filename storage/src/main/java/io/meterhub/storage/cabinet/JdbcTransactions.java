package io.meterhub.storage.cabinet;

import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;

import javax.sql.DataSource;
import java.util.Objects;
import java.util.function.Function;

/** {@link Transactions} over a {@link DataSource}: each piece of work on one connection, committed or rolled back whole. */
public final class JdbcTransactions implements Transactions {
    private final DataSource dataSource;

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public <T> T inTransaction(Function<Tx, T> work) {
        return Jdbc.inTransaction(dataSource, connection -> work.apply(new JdbcTx(connection)));
    }
}
