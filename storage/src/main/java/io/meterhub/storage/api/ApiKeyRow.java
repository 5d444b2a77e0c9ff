package io.meterhub.storage.api;

import java.time.Instant;
import java.util.List;

/**
 * An API key as stored: never the key itself, only its SHA-256.
 *
 * @param includeSubOrganizations whether it acts for the organizations below its own as well
 */
public record ApiKeyRow(String id, String organizationId, String name, byte[] keySha256, List<String> scopes, Instant createdAt,
                        Instant revokedAt, Instant lastUsedAt, boolean includeSubOrganizations) {
    public ApiKeyRow {
        scopes = List.copyOf(scopes);
    }

    public ApiKeyRow(String id, String organizationId, String name, byte[] keySha256, List<String> scopes, Instant createdAt,
                     Instant revokedAt, Instant lastUsedAt) {
        this(id, organizationId, name, keySha256, scopes, createdAt, revokedAt, lastUsedAt, false);
    }
}
