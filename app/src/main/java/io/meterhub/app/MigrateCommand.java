package io.meterhub.app;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "migrate", description = "Bring the database schema up to date (MH_DB_URL, MH_DB_USER, MH_DB_PASSWORD).")
final class MigrateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        migrate(StorageConfig.fromEnvironment(System.getenv()), System.out);
        return 0;
    }

    /** Opening the database migrates it: what that opening applied is what this command did. */
    static void migrate(StorageConfig config, PrintStream out) {
        try (Database database = Database.open(config)) {
            out.println(config.jdbcUrl() + ": " + database.openingMigration().describe());
        }
    }
}
