package io.meterhub.cabinet.audit;

import java.time.Instant;
import java.util.List;

/**
 * One staff action as an administrator reads it: before and after as JSON text (null where there is
 * none), and what changed between them, property by property.
 */
public record AuditEntry(long id, Instant at, String actorLogin, String action, String recordKind, String recordId, String before,
                         String after, String reason, List<Change> changes) {
    /** A property of the record that the action changed; a null side is absent or empty. */
    public record Change(String property, String before, String after) {
    }
}
