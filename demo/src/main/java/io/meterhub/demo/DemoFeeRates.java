package io.meterhub.demo;


import io.meterhub.storage.cabinet.connectionfee.JdbcFeeRateRepository;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The demo grid company's connection fee rates for 2025 to 2027, from {@code demo-fee-rates.sql} (whose
 * comments say which figures are the Rules' and which are demo values an organization sets itself).
 * The grid company's id is only known when the demo is seeded, hence a script run then, not a migration.
 */
public final class DemoFeeRates {
    private DemoFeeRates() {
    }

    /** Adds the schedules and rates the organization has not set (row by row: a year and voltage it set are kept as they are). */
    public static void seed(DataSource dataSource, String organizationId) {
        new JdbcFeeRateRepository(dataSource).runForOrganization(statements(), organizationId);
    }

    static List<String> statements() {
        try (InputStream in = DemoFeeRates.class.getResourceAsStream("demo-fee-rates.sql")) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return Arrays.stream(script.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
