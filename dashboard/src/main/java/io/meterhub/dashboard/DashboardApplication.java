package io.meterhub.dashboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot configuration of the dashboard. Started by {@link DashboardServer}, never by a
 * {@code main} of its own: the launcher ({@code io.meterhub.app}) owns the process. The
 * {@link javax.sql.DataSource} bean comes from outside (the server registers it; tests declare it).
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration",
        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
        "org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
})
public class DashboardApplication {
    /** The name of the properties file ({@code meterhub-dashboard.properties}), instead of application.properties. */
    public static final String CONFIG_NAME = "meterhub-dashboard";
}
