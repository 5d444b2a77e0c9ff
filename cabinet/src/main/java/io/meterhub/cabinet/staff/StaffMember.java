package io.meterhub.cabinet.staff;

import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Role;

import java.time.Instant;
import java.util.Set;

/**
 * A staff user as the staff page lists them.
 *
 * @param modules   what they may do: every module for an administrator
 * @param blockedAt null while they may log in
 */
public record StaffMember(long id, String login, String displayName, Role role, String email, Set<StaffModule> modules, Instant blockedAt,
                          String blockedReason) {
    public boolean blocked() {
        return blockedAt != null;
    }
}
