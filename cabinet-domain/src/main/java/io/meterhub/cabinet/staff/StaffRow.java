package io.meterhub.cabinet.staff;

import java.time.Instant;
import java.util.List;

/** A staff user of an organization with the modules granted to them (an administrator's list is empty: they hold all). */
public record StaffRow(long id, String login, String displayName, String role, String organizationId, String email, Instant blockedAt,
                       String blockedReason, List<String> modules) {
}
