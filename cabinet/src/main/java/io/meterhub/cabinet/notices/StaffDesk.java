package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

/** What the staff's two desks share: their collaborators, and a change stored with its audit entry in one transaction. */
abstract class StaffDesk {
    protected final Transactions transactions;
    protected final NoticeRepository notices;
    protected final NoticeAccess access;
    protected final Audiences audiences;
    protected final AuditLog audit;
    protected final NoticeNotifier notifier;
    protected final Clock clock;

    StaffDesk(Transactions transactions, NoticeRepository notices, NoticeAccess access, Audiences audiences, AuditLog audit,
              NoticeNotifier notifier, Clock clock) {
        this.transactions = transactions;
        this.notices = notices;
        this.access = access;
        this.audiences = audiences;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Runs the change and writes its entry ({@code before}/{@code after} without personal data) in one transaction. */
    protected <T> T audited(Viewer viewer, String action, String recordKind, long id, Object before, Object after, Function<Tx, T> change) {
        return audit.atomically(() -> transactions.inTransaction(tx -> {
            T result = change.apply(tx);
            audit.record(viewer, viewer.organizationId(), action, recordKind, Long.toString(id), before, after, null);
            return result;
        }));
    }

    protected void auditedRun(Viewer viewer, String action, String recordKind, long id, Object before, Object after, Consumer<Tx> change) {
        audited(viewer, action, recordKind, id, before, after, tx -> {
            change.accept(tx);
            return null;
        });
    }
}
