package io.meterhub.storage.cabinet.apikeys;

import io.meterhub.cabinet.apikeys.ApiKeyRepository;
import io.meterhub.cabinet.apikeys.ApiKeyRow;
import io.meterhub.storage.cabinet.Jdbc;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** API keys of organizations (table {@code api_key}). */
public final class JdbcApiKeyRepository implements ApiKeyRepository {
    private static final String SELECT = "SELECT id, organization_id, name, key_sha256, scopes, created_at, revoked_at, last_used_at, created_by, "
            + "include_sub_organizations FROM api_key ";
    private final DataSource dataSource;

    public JdbcApiKeyRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void insert(ApiKeyRow key) {
        Jdbc.update(dataSource, "INSERT INTO api_key (id, organization_id, name, key_sha256, scopes, created_at, created_by, include_sub_organizations) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", key.id(), key.organizationId(), key.name(), key.keySha256(), key.scopes().toArray(String[]::new),
                key.createdAt(), key.createdBy(), key.includeSubOrganizations());
    }

    @Override
    public Optional<ApiKeyRow> byId(String id) {
        return Jdbc.one(dataSource, SELECT + "WHERE id = ?", JdbcApiKeyRepository::row, id);
    }

    /** The organization's keys, newest first. */
    @Override
    public List<ApiKeyRow> ofOrganization(String organizationId) {
        return Jdbc.list(dataSource, SELECT + "WHERE organization_id = ? ORDER BY created_at DESC, id", JdbcApiKeyRepository::row, organizationId);
    }

    /** Revokes the key if it is not yet; false when there is no such key or it was revoked before. */
    @Override
    public boolean revoke(String id, Instant at) {
        return Jdbc.update(dataSource, "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", at, id) == 1;
    }

    /**
     * Records a use. Written at most once a minute per key: the time of last use is for people deciding
     * whether a key is still needed, and a write per request would cost more than the request.
     */
    @Override
    public void recordUse(String id, Instant at) {
        Jdbc.update(dataSource, "UPDATE api_key SET last_used_at = ? WHERE id = ? "
                + "AND (last_used_at IS NULL OR last_used_at < CAST(? AS timestamptz) - interval '1 minute')", at, id, at);
    }

    private static ApiKeyRow row(ResultSet r) throws SQLException {
        Array scopes = r.getArray("scopes");
        return new ApiKeyRow(r.getString("id"), r.getString("organization_id"), r.getString("name"), r.getBytes("key_sha256"),
                Arrays.asList((String[]) scopes.getArray()), Jdbc.instant(r, "created_at"), Jdbc.instant(r, "revoked_at"),
                Jdbc.instant(r, "last_used_at"), r.getString("created_by"), r.getBoolean("include_sub_organizations"));
    }

    /**
     * The organization and, when asked, every organization below it (its sub-organizations and theirs), the
     * organization first. A cycle of parents (the schema forbids only the shortest) cannot make it loop: UNION drops repeats.
     */
    @Override
    public List<String> organizationsOf(String organizationId, boolean includeSubOrganizations) {
        if (!includeSubOrganizations) {
            return List.of(organizationId);
        }
        return Jdbc.list(dataSource, """
                WITH RECURSIVE below (id, depth) AS (
                    SELECT id, 0 FROM organization WHERE id = ?
                    UNION
                    SELECT o.id, b.depth + 1 FROM organization o JOIN below b ON o.parent_id = b.id WHERE b.depth < 32)
                SELECT id FROM below GROUP BY id ORDER BY min(depth), id""", r -> r.getString(1), organizationId);
    }
}
