package io.meterhub.dashboard;

import io.meterhub.demo.CabinetSeeder;
import io.meterhub.storage.Database;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

/**
 * A fresh database with the demo's cabinet data ({@link CabinetSeeder} for {@link #GRID}), for view tests that
 * add it to {@code @SpringBootTest(classes = ...)}. Not a @Configuration: component scanning must never pick it up.
 */
public class DemoSeedBeans {
    public static final String GRID = "VOLGA_GRID";

    @Bean(destroyMethod = "close")
    Database database() {
        Database database = TestUsers.freshDatabase();
        new CabinetSeeder(database.dataSource(), Clock.systemUTC()).seed(GRID, List.of());
        return database;
    }

    @Bean
    DataSource dataSource(Database database) {
        return database.dataSource();
    }
}
