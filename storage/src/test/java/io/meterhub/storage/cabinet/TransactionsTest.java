package io.meterhub.storage.cabinet;

import io.meterhub.cabinet.common.StorageException;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransactionsTest {
    private static Database database;
    private static Transactions transactions;

    @BeforeAll
    static void open() {
        database = Database.open(StorageConfig.of(TestServices.freshDatabase("transactions")));
        Jdbc.withConnection(database.dataSource(), c -> {
            Jdbc.execute(c, "CREATE TABLE tx_probe (name text PRIMARY KEY)");
            return null;
        });
        transactions = new JdbcTransactions(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void repository_writes_inside_a_transaction_join_it_and_roll_back_with_it() {
        // repositories write through the data source; inside a transaction on this thread they use its connection
        assertThatThrownBy(() -> transactions.run(tx -> {
            Jdbc.update(database.dataSource(), "INSERT INTO tx_probe VALUES (?)", "joined");
            Jdbc.inTransaction(database.dataSource(), c -> Jdbc.update(c, "INSERT INTO tx_probe VALUES (?)", "nested"));
            throw new IllegalStateException("the audit entry failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(names("joined", "nested")).isZero();
        Jdbc.update(database.dataSource(), "INSERT INTO tx_probe VALUES (?)", "alone");
        assertThat(names("alone")).as("outside a transaction a write commits at once").isEqualTo(1);
    }

    @Test
    void the_work_of_a_transaction_is_committed_whole() {
        long written = transactions.inTransaction(tx -> {
            Jdbc.update(tx, "INSERT INTO tx_probe VALUES (?)", "first");
            return Jdbc.update(tx, "INSERT INTO tx_probe VALUES (?)", "second");
        });

        assertThat(written).isEqualTo(1);
        assertThat(names("first", "second")).isEqualTo(2);
    }

    @Test
    void a_runtime_exception_rolls_the_whole_transaction_back_and_reaches_the_caller() {
        assertThatThrownBy(() -> transactions.run(tx -> {
            Jdbc.update(tx, "INSERT INTO tx_probe VALUES (?)", "undone");
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("refused");

        assertThat(names("undone")).isZero();
    }

    @Test
    void an_sql_error_is_a_storage_exception_with_its_sqlstate_and_undoes_what_came_before() {
        assertThatThrownBy(() -> transactions.run(tx -> {
            Jdbc.update(tx, "INSERT INTO tx_probe VALUES (?)", "twice");
            Jdbc.update(tx, "INSERT INTO tx_probe VALUES (?)", "twice");
        })).isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sqlState()).isEqualTo("23505"));

        assertThat(names("twice")).isZero();
    }

    private static long names(String... names) {
        return Jdbc.one(database.dataSource(), "SELECT count(*) FROM tx_probe WHERE name = ANY (?)", r -> r.getLong(1), (Object) names)
                .orElseThrow();
    }
}
