package io.meterhub.app;

import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MigrateCommandTest {

    private static String migrate(StorageConfig config) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MigrateCommand.migrate(config, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void a_fresh_database_is_told_how_many_migrations_were_applied_and_the_version_reached() {
        StorageConfig config = StorageConfig.of(TestServices.freshDatabase("migrate_cli"));

        String first = migrate(config);
        String second = migrate(config);

        assertThat(first).startsWith(config.jdbcUrl() + ": applied ").matches(".*applied \\d+ migrations: schema now at version \\d+")
                .doesNotContain("null");
        String version = first.substring(first.lastIndexOf(' ') + 1);
        assertThat(second).isEqualTo(config.jdbcUrl() + ": schema is at version " + version + ", nothing to apply");
    }
}
