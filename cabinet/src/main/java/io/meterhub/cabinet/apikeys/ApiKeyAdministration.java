package io.meterhub.cabinet.apikeys;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.ValidationException;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organization's API keys as its administrator manages them in the control panel, and as the
 * command line does: every creation and revocation is in the organization's audit log (the secret
 * never is). Only the administrator: a key acts without a person and may hold scopes (billing,
 * the registry) that no single operator module grants.
 */
public final class ApiKeyAdministration {
    public static final String CREATE = "api_key.create";
    public static final String REVOKE = "api_key.revoke";
    private static final String RECORD = "api_key";
    private static final int NAME_LIMIT = 100;
    private final ApiKeys keys;
    private final StaffRights rights;
    private final AuditLog audit;

    public ApiKeyAdministration(ApiKeys keys, StaffRights rights, AuditLog audit) {
        this.keys = keys;
        this.rights = rights;
        this.audit = audit;
    }

    /** The administrator's organization's keys, newest first, revoked ones included. */
    public List<ApiKey> keysOf(Viewer admin) {
        return keys.ofOrganization(organizationOf(admin));
    }

    /** Makes a key; its secret is in the answer only, to be shown once. */
    public CreatedKey create(Viewer admin, String name, Set<Scope> scopes) {
        return create(admin, name, scopes, false);
    }

    /** As {@link #create(Viewer, String, Set)}, acting for the organization's sub-organizations as well when {@code includeSubOrganizations}. */
    public CreatedKey create(Viewer admin, String name, Set<Scope> scopes, boolean includeSubOrganizations) {
        String organizationId = organizationOf(admin);
        if (name != null && name.strip().length() > NAME_LIMIT) {
            throw new ValidationException("api_key.name_too_long", NAME_LIMIT);
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new ValidationException("api_key.no_scope");
        }
        return audit.atomically(() -> {
            CreatedKey created = keys.create(organizationId, name, scopes, audit.login(admin), includeSubOrganizations);
            audit.record(admin, organizationId, CREATE, RECORD, created.key().id(), null, described(created.key()), null);
            return created;
        });
    }

    /** Revokes a key of the administrator's organization; false when it has none of this id, or it was revoked before. */
    public boolean revoke(Viewer admin, String keyId) {
        String organizationId = organizationOf(admin);
        Optional<ApiKey> key = keys.ofOrganization(organizationId).stream().filter(k -> k.id().equals(keyId) && !k.revoked()).findFirst();
        if (key.isEmpty()) {
            return false;
        }
        return audit.atomically(() -> {
            boolean revoked = keys.revoke(keyId);
            if (revoked) {
                audit.record(admin, organizationId, REVOKE, RECORD, keyId, described(key.get()), null, null);
            }
            return revoked;
        });
    }

    /** An organization's keys, for a tool that has the database's trust (the command line). */
    public List<ApiKey> ofOrganizationBySystem(String organizationId) {
        return keys.ofOrganization(organizationId);
    }

    /** A key made by a tool rather than a person ({@code cli}): audited under the tool's name. */
    public CreatedKey createBySystem(String tool, String organizationId, String name, Set<Scope> scopes) {
        return createBySystem(tool, organizationId, name, scopes, false);
    }

    /** As {@link #createBySystem(String, String, String, Set)}, acting for the sub-organizations as well when {@code includeSubOrganizations}. */
    public CreatedKey createBySystem(String tool, String organizationId, String name, Set<Scope> scopes, boolean includeSubOrganizations) {
        return audit.atomically(() -> {
            CreatedKey created = keys.create(organizationId, name, scopes, tool, includeSubOrganizations);
            audit.recordBySystem(tool, organizationId, CREATE, RECORD, created.key().id(), null, described(created.key()), null);
            return created;
        });
    }

    /** Revokes a key by its id (or the whole key) for a tool; false when there is none, or it was revoked before. */
    public boolean revokeBySystem(String tool, String idOrKey) {
        Optional<ApiKey> key = keys.find(idOrKey);
        if (key.isEmpty()) {
            return false;
        }
        return audit.atomically(() -> {
            boolean revoked = keys.revoke(key.get().id());
            if (revoked) {
                audit.recordBySystem(tool, key.get().organizationId(), REVOKE, RECORD, key.get().id(), described(key.get()), null, null);
            }
            return revoked;
        });
    }

    private String organizationOf(Viewer admin) {
        rights.require(admin, StaffModule.STAFF);
        if (admin.role() != Role.ADMIN || admin.organizationId() == null) {
            throw new AccessDeniedException("access.admin_only");
        }
        return admin.organizationId();
    }

    /** What the audit log keeps of a key: its name and scopes (never its secret, nor its hash). */
    private static Map<String, Object> described(ApiKey key) {
        return Map.of("name", key.name(), "scopes", EnumSet.copyOf(key.scopes()).stream().map(Scope::wire).toList(),
                "includeSubOrganizations", key.includeSubOrganizations());
    }
}
