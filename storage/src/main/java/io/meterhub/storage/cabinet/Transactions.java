package io.meterhub.storage.cabinet;

import javax.sql.DataSource;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cabinet's transaction port: runs work in one database transaction, all of it or nothing. A
 * {@link RuntimeException} from the work rolls it back and goes on to the caller; an SQL error is a
 * {@link StorageException}.
 */
public final class Transactions {
    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public <T> T inTransaction(Function<Tx, T> work) {
        return Jdbc.inTransaction(dataSource, connection -> work.apply(new Tx(connection)));
    }

    public void run(Consumer<Tx> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }
}
