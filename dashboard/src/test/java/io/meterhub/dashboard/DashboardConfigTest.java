package io.meterhub.dashboard;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardConfigTest {

    @Test
    void defaults_to_port_8080_and_the_default_database() {
        DashboardConfig config = DashboardConfig.fromEnvironment(Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.storage().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/meterhub");
        assertThat(config.dataSource()).isNull();
    }

    @Test
    void reads_the_port_and_the_database_variables() {
        DashboardConfig config = DashboardConfig.fromEnvironment(Map.of(
                "MH_CABINET_PORT", " 0 ", "MH_DB_URL", "jdbc:postgresql://db:5432/mh", "MH_DB_PASSWORD", "secret"));
        assertThat(config.port()).isZero();
        assertThat(config.storage().jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/mh");
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void reports_every_problem_with_the_variable_to_fix() {
        assertThatThrownBy(() -> DashboardConfig.fromEnvironment(Map.of("MH_CABINET_PORT", "eighty", "MH_DB_URL", "mysql://x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MH_CABINET_PORT must be a whole number between 0 and 65535, got \"eighty\"")
                .hasMessageContaining("MH_DB_URL must be a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> DashboardConfig.fromEnvironment(Map.of("MH_CABINET_PORT", "70000")))
                .hasMessageContaining("MH_CABINET_PORT must be between 0 and 65535 (0 = any free port), got 70000");
        assertThatThrownBy(() -> new DashboardConfig(8080, null, null))
                .hasMessageContaining("the dashboard needs a database: set MH_DB_URL or pass a DataSource");
    }
}
