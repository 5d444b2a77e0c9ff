package io.meterhub.cabinet.apikeys;

import java.time.Instant;
import java.util.Set;

/**
 * A key of an organization, without its secret.
 *
 * @param id                      the public part of the key ({@code mhk_<id>_...}): how lists, logs and revocation name it
 * @param createdBy               the login of the administrator who made it, or the tool ({@code cli}, {@code demo}); null for old keys
 * @param includeSubOrganizations whether it acts for its organization's sub-organizations (at any depth) as well
 */
public record ApiKey(String id, String organizationId, String name, Set<Scope> scopes, Instant createdAt, Instant revokedAt,
                     Instant lastUsedAt, String createdBy, boolean includeSubOrganizations) {
    public ApiKey {
        scopes = Set.copyOf(scopes);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** How the audit log names what the key did. */
    public String actor() {
        return "api-key:" + id;
    }
}
