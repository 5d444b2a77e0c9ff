package io.meterhub.storage.api;

import java.time.Instant;
import java.util.List;

/** An API key as stored: never the key itself, only its SHA-256. */
public record ApiKeyRow(String id, String organizationId, String name, byte[] keySha256, List<String> scopes, Instant createdAt,
                        Instant revokedAt, Instant lastUsedAt) {
    public ApiKeyRow {
        scopes = List.copyOf(scopes);
    }
}
