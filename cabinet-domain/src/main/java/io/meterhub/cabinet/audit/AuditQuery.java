package io.meterhub.cabinet.audit;

import java.time.Instant;

/**
 * A search of an organization's audit log; null fields do not filter. {@code text} matches the actor's
 * login, the action, the record's id, the reason or the record's text before or after. Pages go backwards in time from {@code beforeId}.
 */
public record AuditQuery(String organizationId, Instant from, Instant to, String action, String recordKind, String text,
                         Long beforeId, int limit) {
}
