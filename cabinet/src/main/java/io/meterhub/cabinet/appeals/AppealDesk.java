package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.correspondence.Message;
import io.meterhub.cabinet.correspondence.NewAttachment;
import io.meterhub.cabinet.correspondence.Side;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The staff's side (module APPEALS): the queue by deadline, taking an appeal into work, internal comments,
 * the answer on the thread, closing. Each action is audited with the change in one transaction, and each
 * status change reaches the customer through the notifier once it is committed.
 */
public final class AppealDesk {
    private final Transactions transactions;
    private final AppealRepository appeals;
    private final AppealAccess access;
    private final AppealThread thread;
    private final AuditLog audit;
    private final AppealNotifier notifier;
    private final Clock clock;

    public AppealDesk(Transactions transactions, AppealRepository appeals, AppealAccess access, AppealThread thread, AuditLog audit,
                      AppealNotifier notifier, Clock clock) {
        this.transactions = transactions;
        this.appeals = appeals;
        this.access = access;
        this.thread = thread;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The organization's appeals, the earliest deadline first; null filters take any. */
    public List<Appeal> queue(Viewer viewer, AppealStatus status, AppealCategory category) {
        access.requireStaff(viewer);
        return appeals.queue(viewer.organizationId(), status == null ? null : status.name(), category == null ? null : category.name())
                .stream().map(Appeal::of).toList();
    }

    /** Assigns the appeal to the viewer (also taking it over from a colleague). */
    public Appeal take(Viewer viewer, long appealId) {
        return transition(viewer, appealId, "appeals.take", true, (tx, appeal) -> appeal.take(viewer.userId()));
    }

    public Appeal close(Viewer viewer, long appealId) {
        Instant now = clock.instant();
        return transition(viewer, appealId, "appeals.close", true, (tx, appeal) -> appeal.close(now));
    }

    /** The answer as a message on the thread, with its files; the appeal is then answered. */
    public Appeal answer(Viewer viewer, long appealId, String text, List<NewAttachment> files) {
        access.requireStaff(viewer);
        String checked = thread.checked(text, files);
        Instant now = clock.instant();
        Message[] posted = new Message[1];
        // the answer's notice carries the text; a second one for its status would say the same
        Appeal answered = transition(viewer, appealId, "appeals.answer", false, (tx, appeal) -> {
            AppealStateRow state = appeal.answer(now);
            posted[0] = thread.post(tx, appeal, Side.STAFF, viewer.userId(), checked, files, now);
            return state;
        });
        notifier.answered(answered, posted[0].number(), checked);
        return answered;
    }

    /** A note for colleagues; the customer never sees it. */
    public void comment(Viewer viewer, long appealId, String text) {
        access.requireStaff(viewer);
        String checked = thread.checked(text, List.of());
        audit.atomically(() -> transactions.run(tx -> {
            Appeal appeal = access.locked(tx, viewer, appealId);
            appeal.require(AppealAction.COMMENT);
            appeals.addComment(tx, appealId, viewer.userId(), checked, clock.instant());
            audit.record(viewer, appeal.organizationId(), "appeals.comment", "appeal", appeal.number(), null, null, null);
        }));
    }

    /** Locks, applies the appeal's own rule, stores and audits; the customer hears of a new status after the commit. */
    private Appeal transition(Viewer viewer, long appealId, String action, boolean notify, BiFunction<Tx, Appeal, AppealStateRow> rule) {
        access.requireStaff(viewer);
        Appeal[] before = new Appeal[1];
        Appeal changed = audit.atomically(() -> transactions.inTransaction(tx -> {
            before[0] = access.locked(tx, viewer, appealId);
            AppealStateRow state = rule.apply(tx, before[0]);
            appeals.save(tx, state);
            if (!state.status().equals(before[0].status().name())) {
                appeals.addChange(tx, appealId, before[0].status().name(), state.status(), viewer.userId(), clock.instant());
            }
            Appeal after = access.locked(tx, viewer, appealId);
            audit.record(viewer, after.organizationId(), action, "appeal", after.number(), summary(before[0]), summary(after), null);
            return after;
        }));
        if (notify && changed.status() != before[0].status()) {
            notifier.statusChanged(changed);
        }
        return changed;
    }

    /** What the audit keeps of an appeal: no text, no customer's name. */
    private static AuditedAppeal summary(Appeal appeal) {
        return new AuditedAppeal(appeal.number(), appeal.status(), appeal.assigneeUserId(), appeal.deadline());
    }

    private record AuditedAppeal(String number, AppealStatus status, Long assigneeUserId, java.time.LocalDate deadline) {
    }
}
