package io.meterhub.dashboard;

import io.meterhub.dashboard.outbox.OutboxConfiguration;
import io.meterhub.storage.Database;
import io.meterhub.storage.cabinet.personaldata.PersonalDataReencryption;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customer cabinet's web UI, started from Java by the launcher:
 *
 * <pre>{@code
 * try (DashboardServer server = DashboardServer.start(DashboardConfig.fromEnvironment(System.getenv()))) {
 *     System.out.println("cabinet at " + server.url());
 *     ...
 * }
 * }</pre>
 *
 * Spring Boot runs programmatically (embedded Tomcat, Vaadin, Spring Security). It never reconfigures
 * the JVM's logging (the launcher owns it), registers no shutdown hook of its own, reads only
 * {@code meterhub-dashboard.properties} (never a stray {@code application.properties} of another
 * library on a shared classpath), and takes the {@link DataSource} from here: no DataSource and no
 * Flyway auto-configuration ({@link Database#open} migrates).
 */
public final class DashboardServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final Database ownDatabase;
    private final int port;

    private DashboardServer(ConfigurableApplicationContext context, Database ownDatabase, int port) {
        this.context = context;
        this.ownDatabase = ownDatabase;
        this.port = port;
    }

    public static DashboardServer start(DashboardConfig config) {
        return start(config, Map.of());
    }

    /**
     * As {@link #start(DashboardConfig)}, with variables that the launcher sets for this dashboard only, ahead of the process's
     * own: the demo points {@code MH_LDAP_*} at its embedded directory so.
     */
    public static DashboardServer start(DashboardConfig config, Map<String, String> variables) {
        Database own = null;
        DataSource dataSource = config.dataSource();
        if (dataSource == null) {
            own = Database.open(config.storage());
            dataSource = own.dataSource();
        }
        try {
            // SNILS and passports are encrypted at rest: no key, no cabinet (the message names MH_PD_KEY)
            PersonalDataReencryption.atStart(dataSource);
            DataSource chosen = dataSource;
            Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                    "spring.config.name", DashboardApplication.CONFIG_NAME,
                    "server.port", Integer.toString(config.port())));
            if (config.demoOrganizationId() != null) {
                properties.put(OutboxConfiguration.DEMO_ORGANIZATION_PROPERTY, config.demoOrganizationId());
            }
            SpringApplication application = new SpringApplicationBuilder(DashboardApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .registerShutdownHook(false)
                    .properties(properties)
                    .initializers(context -> {
                        context.getBeanFactory().registerSingleton("dataSource", chosen);
                        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("meterhub-launcher", new java.util.HashMap<String, Object>(variables)));
                    })
                    .build();
            List<ApplicationListener<?>> listeners = new ArrayList<>(application.getListeners());
            listeners.removeIf(listener -> listener instanceof LoggingApplicationListener);
            application.setListeners(listeners);
            ConfigurableApplicationContext context = application.run();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            return new DashboardServer(context, own, port);
        } catch (RuntimeException | Error e) {
            if (own != null) {
                own.close();
            }
            throw e;
        }
    }

    /** The base address, such as {@code http://localhost:8080/}. */
    public String url() {
        return "http://localhost:" + port + "/";
    }

    public int port() {
        return port;
    }

    /** The Spring context, for a launcher or a test that needs a bean. */
    public ConfigurableApplicationContext applicationContext() {
        return context;
    }

    /** Stops the web server and closes the pool if the dashboard opened it. */
    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (ownDatabase != null) {
                ownDatabase.close();
            }
        }
    }
}
