package io.meterhub.cabinet.audit;

import java.util.List;

/** The audit log: appended to, never changed; read newest first, a page at a time. */
public interface AuditRepository {
    long append(String organizationId, Long actorId, String actorLogin, String action, String recordKind, String recordId,
                       String beforeJson, String afterJson, String reason);

    List<AuditRow> search(AuditQuery q);

    /** The entries of one action on one record, in every organization, newest first. */
    List<AuditRow> ofRecord(String action, String recordKind, String recordId, int limit);
}
