package io.meterhub.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** The connection pool and the schema migrations. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private SchemaMigration opening;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the pool and brings the schema up to date. */
    public static Database open(StorageConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setPoolName("meterhub");
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        Database database = new Database(new HikariDataSource(hikari));
        database.opening = database.migrate();
        return database;
    }

    /** Brings the schema up to date and says what that took. */
    public SchemaMigration migrate() {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        MigrateResult result = flyway.migrate();
        // Flyway leaves the target version empty when nothing ran: ask for the current one.
        MigrationInfo current = flyway.info().current();
        return new SchemaMigration(result.migrationsExecuted, result.initialSchemaVersion,
                current == null ? null : current.getVersion().getVersion());
    }

    /** What {@link #open} applied to bring the schema up to date. */
    public SchemaMigration openingMigration() {
        return opening;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A data source without a pool, one connection per use: for readers that load now and then
     * from a task manager (the pipeline's registry and thresholds), where a pool would hold
     * connections for nothing.
     */
    public static DataSource unpooled(StorageConfig config) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setURL(config.jdbcUrl());
        if (config.user() != null) {
            dataSource.setUser(config.user());
        }
        if (config.password() != null) {
            dataSource.setPassword(config.password());
        }
        return dataSource;
    }

    /** A plain connection outside the pool, for long-lived writers such as the pipeline's sinks. */
    public static Connection connect(StorageConfig config) throws SQLException {
        Properties properties = new Properties();
        if (config.user() != null) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        return DriverManager.getConnection(config.jdbcUrl(), properties);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
