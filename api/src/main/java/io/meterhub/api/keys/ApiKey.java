package io.meterhub.api.keys;

import java.time.Instant;
import java.util.Set;

/**
 * A key of an organization, without its secret.
 *
 * @param id                      the public part of the key ({@code mhk_<id>_...}): how lists, logs and revocation name it
 * @param includeSubOrganizations whether it acts for its organization's sub-organizations (at any depth) as well
 */
public record ApiKey(String id, String organizationId, String name, Set<Scope> scopes, Instant createdAt, Instant revokedAt,
                     Instant lastUsedAt, boolean includeSubOrganizations) {
    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    public ApiKey(String id, String organizationId, String name, Set<Scope> scopes, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {
        this(id, organizationId, name, scopes, createdAt, revokedAt, lastUsedAt, false);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** How the audit log names what the key did. */
    public String actor() {
        return "api-key:" + id;
    }
}
