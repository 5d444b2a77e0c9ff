package io.meterhub.cabinet.audit;

import java.time.Instant;

/** What an administrator searches the audit log for; null fields do not filter; {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, String action, String text) {
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
