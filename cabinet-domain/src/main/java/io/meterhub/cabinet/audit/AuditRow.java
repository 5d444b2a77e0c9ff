package io.meterhub.cabinet.audit;

import java.time.Instant;

/** One staff action as the audit log keeps it; before and after are JSON objects or null. */
public record AuditRow(long id, Instant at, String organizationId, Long actorId, String actorLogin, String action, String recordKind,
                       String recordId, String before, String after, String reason) {
}
