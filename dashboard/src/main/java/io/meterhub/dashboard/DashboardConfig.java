package io.meterhub.dashboard;

import io.meterhub.storage.StorageConfig;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the dashboard (the customer cabinet's web UI) runs: the HTTP port and the database.
 *
 * <p>Read from the environment by {@link #fromEnvironment(Map)}: {@code MH_CABINET_PORT} (default
 * 8080, 0 = any free port) and the database variables of {@link StorageConfig} ({@code MH_DB_URL},
 * {@code MH_DB_USER}, {@code MH_DB_PASSWORD}, {@code MH_DB_POOL_SIZE}). A launcher that already holds
 * a pool passes it as {@code dataSource}; the dashboard then uses it as it is (no migration, and the
 * pool is not closed with the dashboard). Otherwise the dashboard opens (and migrates) a pool of its
 * own from {@code storage} and closes it on {@link DashboardServer#close()}.
 *
 * @param port       the HTTP port, 0 to 65535; 0 picks a free one (see {@link DashboardServer#port()})
 * @param storage    where the database is, used when {@code dataSource} is null
 * @param dataSource an open pool to use instead of {@code storage}, or null
 * @param demoOrganizationId set only by {@code meterhub demo}: the demo's organization, whose local time the
 *                   demo's own pages (the outbox of texts and emails) show; null in a real cabinet, which has no such pages
 */
public record DashboardConfig(int port, StorageConfig storage, DataSource dataSource, String demoOrganizationId) {
    public static final String PORT_VARIABLE = "MH_CABINET_PORT";
    public static final int DEFAULT_PORT = 8080;

    public DashboardConfig(int port, StorageConfig storage, DataSource dataSource) {
        this(port, storage, dataSource, null);
    }

    public DashboardConfig {
        List<String> problems = new ArrayList<>();
        if (port < 0 || port > 65535) {
            problems.add(PORT_VARIABLE + " must be between 0 and 65535 (0 = any free port), got " + port);
        }
        if (storage == null && dataSource == null) {
            problems.add("the dashboard needs a database: set MH_DB_URL or pass a DataSource");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Reads {@code MH_CABINET_PORT} and the {@code MH_DB_*} variables; every problem is reported at once. */
    public static DashboardConfig fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int port = DEFAULT_PORT;
        String text = env.get(PORT_VARIABLE);
        if (text != null && !text.isBlank()) {
            try {
                port = Integer.parseInt(text.trim());
                if (port < 0 || port > 65535) {
                    problems.add(PORT_VARIABLE + " must be between 0 and 65535 (0 = any free port), got " + port);
                }
            } catch (NumberFormatException e) {
                problems.add(PORT_VARIABLE + " must be a whole number between 0 and 65535, got \"" + text + "\"");
            }
        }
        StorageConfig storage = null;
        try {
            storage = StorageConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("dashboard configuration: " + String.join("; ", problems));
        }
        return new DashboardConfig(port, storage, null);
    }

    /** A dashboard on {@code port} over a pool the caller owns. */
    public static DashboardConfig of(int port, DataSource dataSource) {
        return new DashboardConfig(port, null, dataSource);
    }

    /** A dashboard on {@code port} that opens and migrates its own pool from {@code storage}. */
    public static DashboardConfig of(int port, StorageConfig storage) {
        return new DashboardConfig(port, storage, null);
    }

    public DashboardConfig withPort(int newPort) {
        return new DashboardConfig(newPort, storage, dataSource, demoOrganizationId);
    }

    public DashboardConfig withDataSource(DataSource newDataSource) {
        return new DashboardConfig(port, storage, newDataSource, demoOrganizationId);
    }

    /** The dashboard of {@code meterhub demo}: with the demo's own pages, in the local time of {@code organizationId}. */
    public DashboardConfig asDemo(String organizationId) {
        return new DashboardConfig(port, storage, dataSource, java.util.Objects.requireNonNull(organizationId, "organizationId"));
    }

    @Override
    public String toString() {
        return "DashboardConfig[port=" + port + ", storage=" + storage + ", dataSource=" + (dataSource == null ? "none" : "given")
                + (demoOrganizationId == null ? "" : ", demo of " + demoOrganizationId) + "]";
    }
}
