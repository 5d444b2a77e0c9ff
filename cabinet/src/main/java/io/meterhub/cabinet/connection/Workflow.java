package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.calendar.DeadlineStep;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static io.meterhub.cabinet.connection.ApplicationStatus.*;

/** The workflow as data: from which statuses each action may be taken, and where it leads. */
final class Workflow {
    /** Who may take an action: the applicant's side or the grid company's staff. */
    enum Actor { APPLICANT, GRID_STAFF, ANYONE }

    record Rule(Set<ApplicationStatus> from, ApplicationStatus to, Actor actor) {
    }

    static final Map<WorkflowAction, Rule> RULES = Map.ofEntries(
            Map.entry(WorkflowAction.EDIT, new Rule(EnumSet.of(DRAFT, INCOMPLETE), null, Actor.APPLICANT)),
            Map.entry(WorkflowAction.SUBMIT, new Rule(EnumSet.of(DRAFT), SUBMITTED, Actor.APPLICANT)),
            Map.entry(WorkflowAction.RESUBMIT, new Rule(EnumSet.of(INCOMPLETE), UNDER_REVIEW, Actor.APPLICANT)),
            Map.entry(WorkflowAction.CANCEL, new Rule(EnumSet.of(DRAFT, SUBMITTED, INCOMPLETE, UNDER_REVIEW, OFFERED), CANCELLED, Actor.APPLICANT)),
            Map.entry(WorkflowAction.SIGN, new Rule(EnumSet.of(OFFERED), SIGNED, Actor.APPLICANT)),
            Map.entry(WorkflowAction.START_REVIEW, new Rule(EnumSet.of(SUBMITTED), UNDER_REVIEW, Actor.GRID_STAFF)),
            Map.entry(WorkflowAction.REQUEST_DOCUMENTS, new Rule(EnumSet.of(SUBMITTED, UNDER_REVIEW), INCOMPLETE, Actor.GRID_STAFF)),
            Map.entry(WorkflowAction.OFFER, new Rule(EnumSet.of(UNDER_REVIEW), OFFERED, Actor.GRID_STAFF)),
            Map.entry(WorkflowAction.SIGNED_ON_PAPER, new Rule(EnumSet.of(OFFERED), SIGNED, Actor.GRID_STAFF)),
            Map.entry(WorkflowAction.MARK_PAID, new Rule(EnumSet.of(SIGNED), PAID, Actor.GRID_STAFF)),
            Map.entry(WorkflowAction.START_WORK, new Rule(EnumSet.of(PAID), IN_PROGRESS, Actor.GRID_STAFF)),
            Map.entry(WorkflowAction.MARK_CONNECTED, new Rule(EnumSet.of(IN_PROGRESS), CONNECTED, Actor.GRID_STAFF)),
            Map.entry(WorkflowAction.REFUSE, new Rule(EnumSet.of(SUBMITTED, INCOMPLETE, UNDER_REVIEW, OFFERED, SIGNED, PAID, IN_PROGRESS), REFUSED,
                    Actor.GRID_STAFF)),
            Map.entry(WorkflowAction.WRITE_MESSAGE, new Rule(EnumSet.complementOf(EnumSet.of(DRAFT)), null, Actor.ANYONE)));

    private Workflow() {
    }

    static Rule rule(WorkflowAction action) {
        return RULES.get(action);
    }

    /** The term that starts when an application enters a status; null when none does (IN_PROGRESS keeps the connection term). */
    static DeadlineStep stepOn(ApplicationStatus entered) {
        return switch (entered) {
            case SUBMITTED -> DeadlineStep.COMPLETENESS_CHECK;
            case INCOMPLETE -> DeadlineStep.MISSING_DOCUMENTS;
            case UNDER_REVIEW -> DeadlineStep.OFFER;
            case OFFERED -> DeadlineStep.SIGNING;
            case SIGNED -> DeadlineStep.PAYMENT;
            case PAID -> DeadlineStep.CONNECTION;
            default -> null;
        };
    }
}
