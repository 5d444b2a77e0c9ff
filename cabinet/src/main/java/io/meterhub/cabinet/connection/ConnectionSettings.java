package io.meterhub.cabinet.connection;

import java.util.Map;

/**
 * The applications' settings, from the environment: {@code MH_CONNECTION_MAX_DOCUMENT_MB} (default 10),
 * the largest document accepted.
 */
public record ConnectionSettings(long maxDocumentBytes) {
    public static final ConnectionSettings DEFAULTS = new ConnectionSettings(10L * 1024 * 1024);

    public ConnectionSettings {
        if (maxDocumentBytes < 1024) {
            throw new IllegalArgumentException("the document size limit must be at least 1 KB, got " + maxDocumentBytes + " bytes");
        }
    }

    public static ConnectionSettings fromEnv(Map<String, String> env) {
        String mb = env.get("MH_CONNECTION_MAX_DOCUMENT_MB");
        if (mb == null || mb.isBlank()) {
            return DEFAULTS;
        }
        try {
            long value = Long.parseLong(mb.trim());
            if (value < 1 || value > 100) {
                throw new IllegalArgumentException("MH_CONNECTION_MAX_DOCUMENT_MB must be 1 to 100, got " + mb);
            }
            return new ConnectionSettings(value * 1024 * 1024);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MH_CONNECTION_MAX_DOCUMENT_MB must be a whole number of megabytes, got " + mb);
        }
    }
}
