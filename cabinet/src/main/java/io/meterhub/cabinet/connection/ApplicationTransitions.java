package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.calendar.DeadlineRules;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Takes a workflow action under the application's row lock: checks who and from which status (the
 * application refuses what its status does not allow), runs the action's own work, moves to the
 * next status with its new term and records it; after the commit it tells the applicant.
 */
public final class ApplicationTransitions {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationTransitions.class);

    /** The work an action does inside the transaction, before the status moves. */
    @FunctionalInterface
    public interface Work {
        void run(Tx tx, ConnectionApplication application);
    }

    private final Transactions transactions;
    private final ConnectionRepository applications;
    private final ApplicationAccess access;
    private final DeadlineRules deadlines;
    private final ApplicantNotifier notifier;
    private final Clock clock;
    private final IntegrationEvents events;

    /** @param events the webhooks' outbox: each status change is recorded in its own transaction */
    public ApplicationTransitions(Transactions transactions, ConnectionRepository applications, ApplicationAccess access, DeadlineRules deadlines,
                           ApplicantNotifier notifier, Clock clock, IntegrationEvents events) {
        this.events = Objects.requireNonNull(events, "events");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.access = Objects.requireNonNull(access, "access");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void take(Viewer viewer, long applicationId, WorkflowAction action, String reason, Work work) {
        Instant now = clock.instant();
        Object[] done = new Object[3];
        transactions.inTransaction(tx -> {
            ConnectionApplication checked = access.lockVisible(tx, viewer, applicationId);
            access.requireAllowed(viewer, checked, action);
            if (work != null) {
                work.run(tx, checked);
            }
            ConnectionApplication current = ConnectionApplication.of(applications.lock(tx, checked.id()).orElseThrow());
            ApplicationStatus to = current.next(action);
            ConnectionApplication.Term term = current.termAfter(action);
            LocalDate due = term.kept() ? current.deadline()
                    : term.step() == null ? null : deadlines.deadline(current.category(), term.step(), current.today(now));
            applications.changeStatus(tx, current.id(), current.status().name(), to.name(), now, viewer.userId(), reason, due,
                    term.step() == null ? null : term.step().name());
            events.record(tx, ApplicationEvents.statusChanged(current, to, reason, due, now));
            done[0] = current;
            done[1] = to;
            done[2] = due;
            return null;
        });
        ConnectionApplication before = (ConnectionApplication) done[0];
        ApplicationStatus to = (ApplicationStatus) done[1];
        LOG.info("connection application {} {} -> {} by user {}", before.id(), before.status(), to, viewer.userId());
        if (before.applicantUserId() != null) {
            notifySafely(() -> notifier.statusChanged(before.applicantUserId(), before.id(), before.number(), before.status(), to, reason,
                    (LocalDate) done[2], ConnectionLinks.applicantLink(before.id())));
        }
    }

    /** Saves a step of the form: the applicant's side, while DRAFT or INCOMPLETE. */
    void edit(Viewer viewer, long applicationId, Work save) {
        transactions.inTransaction(tx -> {
            ConnectionApplication application = access.lockVisible(tx, viewer, applicationId);
            access.requireAllowed(viewer, application, WorkflowAction.EDIT);
            save.run(tx, application);
            return null;
        });
    }

    /** A notifier's failure must not undo a committed change: it is logged (with its stack, a server error) and the change stands. */
    static void notifySafely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("could not notify the applicant", e);
        }
    }
}
