package io.meterhub.cabinet.apikeys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API keys of organizations, kept as hashes (table {@code api_key}). */
public interface ApiKeyRepository {
    void insert(ApiKeyRow key);

    Optional<ApiKeyRow> byId(String id);

    /** The organization's keys, newest first. */
    List<ApiKeyRow> ofOrganization(String organizationId);

    /** Revokes the key if it is not yet; false when there is no such key or it was revoked before. */
    boolean revoke(String id, Instant at);

    /** Records a use; an implementation may keep at most one write a minute per key. */
    void recordUse(String id, Instant at);

    /** The organization and, when asked, every organization below it at any depth, the organization first. */
    List<String> organizationsOf(String organizationId, boolean includeSubOrganizations);
}
