package io.meterhub.storage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the database is. Read from {@code MH_DB_URL}, {@code MH_DB_USER}, {@code MH_DB_PASSWORD}
 * and {@code MH_DB_POOL_SIZE}; serializable because the pipeline's sinks carry it to task managers.
 */
public record StorageConfig(String jdbcUrl, String user, String password, int poolSize) implements Serializable {
    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/meterhub";

    public StorageConfig {
        List<String> problems = new ArrayList<>();
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            problems.add("MH_DB_URL must be a PostgreSQL JDBC URL such as " + DEFAULT_URL + ", got \"" + jdbcUrl + "\"");
        }
        if (poolSize < 1 || poolSize > 200) {
            problems.add("MH_DB_POOL_SIZE must be between 1 and 200, got " + poolSize);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public static StorageConfig of(String jdbcUrl) {
        return new StorageConfig(jdbcUrl, null, null, 4);
    }

    public static StorageConfig fromEnvironment(Map<String, String> env) {
        return new StorageConfig(
                env.getOrDefault("MH_DB_URL", DEFAULT_URL),
                blankToNull(env.get("MH_DB_USER")),
                blankToNull(env.get("MH_DB_PASSWORD")),
                parseInt(env, "MH_DB_POOL_SIZE", 8));
    }

    static int parseInt(Map<String, String> env, String name, int fallback) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got \"" + text + "\"");
        }
    }

    /**
     * A folder name for the database this URL reaches, {@code host_port_database}: where state kept
     * per database (the pipeline's checkpoints) goes by default.
     */
    public String databaseFolderName() {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        int slash = rest.indexOf('/');
        String hosts = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 && slash < rest.length() - 1 ? rest.substring(slash + 1) : "postgres";
        StringBuilder name = new StringBuilder();
        for (String host : hosts.split(",")) {
            boolean hasPort = host.lastIndexOf(':') > host.lastIndexOf(']');
            name.append(hasPort ? host : host + ":5432").append('_');
        }
        return name.append(database).toString().replaceAll("[^A-Za-z0-9.-]+", "_");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "StorageConfig[" + jdbcUrl + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
