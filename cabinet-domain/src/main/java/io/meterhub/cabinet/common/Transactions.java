package io.meterhub.cabinet.common;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cabinet's transaction port: runs work in one database transaction, all of it or nothing. A
 * {@link RuntimeException} from the work rolls it back and goes on to the caller; a database error is a
 * {@link StorageException}.
 */
public interface Transactions {
    <T> T inTransaction(Function<Tx, T> work);

    default void run(Consumer<Tx> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }
}
