package io.meterhub.cabinet.apikeys;

import java.time.Instant;
import java.util.List;

/**
 * An API key as stored: never the key itself, only its SHA-256.
 *
 * @param createdBy               the login of the administrator who made it, or the tool ({@code cli}, {@code demo}); null for old keys
 * @param includeSubOrganizations whether it acts for the organizations below its own as well
 */
public record ApiKeyRow(String id, String organizationId, String name, byte[] keySha256, List<String> scopes, Instant createdAt,
                        Instant revokedAt, Instant lastUsedAt, String createdBy, boolean includeSubOrganizations) {
    public ApiKeyRow {
        scopes = List.copyOf(scopes);
    }
}
