package io.meterhub.app;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import org.flywaydb.core.api.output.MigrateResult;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "migrate", description = "Bring the database schema up to date (MH_DB_URL, MH_DB_USER, MH_DB_PASSWORD).")
final class MigrateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        StorageConfig config = StorageConfig.fromEnvironment(System.getenv());
        try (Database database = Database.open(config)) {
            MigrateResult result = database.migrate();
            System.out.println("schema of " + config.jdbcUrl() + " is at version " + result.targetSchemaVersion
                    + (result.migrationsExecuted == 0 ? " (already up to date)" : ""));
        }
        return 0;
    }
}
