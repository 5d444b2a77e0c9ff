package io.meterhub.cabinet.appeals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

/**
 * An appeal as its rules see it. It owns its transitions: each method returns the state after the
 * action or refuses an action its status does not allow; services only lock, store and notify.
 *
 * @param zone           the organization's time zone, in which its dates and deadline are read
 * @param accountId      null when written without an account (to a grid company about a connection)
 * @param assigneeUserId the staff user working on it, null before it is taken
 * @param answeredAt     the last answer, from which the customer's period to reopen runs
 */
public record Appeal(long id, String organizationId, String organizationName, ZoneId zone, String number, long customerUserId,
                     String customerName, Long accountId, String accountNumber, AppealCategory category, String subject, AppealStatus status,
                     Instant registeredAt, LocalDate deadline, Long assigneeUserId, String assigneeName, Instant answeredAt, Instant closedAt) {
    /**
     * How long after the answer the customer may reopen the appeal. Our choice: no law sets it; 30 days gives a
     * customer a billing period to see whether the answer held.
     */
    public static final Duration REOPEN_PERIOD = Duration.ofDays(30);

    public static Appeal of(AppealRow r) {
        return new Appeal(r.id(), r.organizationId(), r.organizationName(),
                r.organizationTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(r.organizationTimeZone()), r.number(), r.customerUserId(),
                r.customerName(), r.accountId(), r.accountNumber(), AppealCategory.valueOf(r.category()), r.subject(),
                AppealStatus.valueOf(r.status()), r.registeredAt(), r.deadline(), r.assigneeUserId(), r.assigneeName(), r.answeredAt(),
                r.closedAt());
    }

    /** Staff take it into work (or over from a colleague) while it waits for its answer. */
    public AppealStateRow take(long staffUserId) {
        require(AppealAction.TAKE);
        return state(AppealStatus.IN_WORK, staffUserId, deadline, answeredAt, closedAt);
    }

    /** The answer is written by whoever works on it. */
    public AppealStateRow answer(Instant at) {
        require(AppealAction.ANSWER);
        return state(AppealStatus.ANSWERED, assigneeUserId, deadline, at, null);
    }

    public AppealStateRow close(Instant at) {
        require(AppealAction.CLOSE);
        return state(AppealStatus.CLOSED, assigneeUserId, deadline, answeredAt, at);
    }

    /** The customer reopens it within {@link #REOPEN_PERIOD} of the answer; a new term runs to {@code newDeadline}. */
    public AppealStateRow reopen(Instant at, LocalDate newDeadline) {
        if (!allows(AppealAction.REOPEN, at)) {
            throw new AppealRefusedException(AppealAction.REOPEN);
        }
        return state(assigneeUserId == null ? AppealStatus.REGISTERED : AppealStatus.IN_WORK, assigneeUserId, newDeadline, null, null);
    }

    /** Refuses the action unless the status allows it now. */
    public void require(AppealAction action) {
        if (!allows(action, null)) {
            throw new AppealRefusedException(action);
        }
    }

    /** @param now needed for REOPEN only (its period); null elsewhere */
    public boolean allows(AppealAction action, Instant now) {
        return switch (action) {
            case TAKE -> status.open();
            case COMMENT -> true;
            case ANSWER -> status == AppealStatus.IN_WORK;
            case CLOSE -> status == AppealStatus.ANSWERED;
            case WRITE -> status != AppealStatus.CLOSED;
            case REOPEN -> !status.open() && answeredAt != null && now != null && !now.isAfter(answeredAt.plus(REOPEN_PERIOD));
        };
    }

    /** The actions the status allows now, of the staff's or the customer's side. */
    public Set<AppealAction> actions(boolean staff, Instant now) {
        Set<AppealAction> actions = EnumSet.noneOf(AppealAction.class);
        Set<AppealAction> side = staff ? EnumSet.of(AppealAction.TAKE, AppealAction.COMMENT, AppealAction.ANSWER, AppealAction.CLOSE)
                : EnumSet.of(AppealAction.WRITE, AppealAction.REOPEN);
        for (AppealAction action : side) {
            if (allows(action, now)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /** Still unanswered after its deadline, in the organization's zone. */
    public boolean overdue(Instant now) {
        return status.open() && LocalDate.ofInstant(now, zone).isAfter(deadline);
    }

    private AppealStateRow state(AppealStatus to, Long assignee, LocalDate term, Instant answered, Instant closed) {
        return new AppealStateRow(id, to.name(), assignee, term, answered, closed);
    }
}
