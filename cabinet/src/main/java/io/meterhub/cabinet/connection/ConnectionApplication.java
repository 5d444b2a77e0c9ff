package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.calendar.DeadlineStep;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.VoltageLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A connection application as the workflow sees it: statuses and kinds as enums. It owns its
 * transitions: {@link #next(WorkflowAction)} says where an action leads and refuses one its status
 * does not allow; services only orchestrate (locks, documents, notifications).
 *
 * @param applicantUserId the applicant's login, null for a paper applicant without one
 * @param deadline        the end of the current step's term, null when none runs
 */
public record ConnectionApplication(long id, String number, String organizationId, String organizationName, ZoneId zone,
                                    long customerId, Long applicantUserId, ApplicantCategory category, String applicantName,
                                    ApplicationStatus status, boolean paper, Instant createdAt, Instant submittedAt,
                                    boolean byRepresentative, String representativeName, String address, String cadastralNumber,
                                    ObjectKind objectKind, BigDecimal maxPowerKw, BigDecimal connectedPowerKw, VoltageLevel voltage,
                                    ReliabilityCategory reliability, ConnectionKind connectionKind, String supplierOrganizationId,
                                    String supplierName, BigDecimal fee, LocalDate deadline, DeadlineStep deadlineStep) {

    /** The stored row read into the domain's types. */
    public static ConnectionApplication of(ApplicationRow r) {
        return new ConnectionApplication(r.id(), r.number(), r.organizationId(), r.organizationName(),
                r.organizationTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(r.organizationTimeZone()), r.customerId(), r.applicantUserId(),
                ApplicantCategory.valueOf(r.applicantKind()), r.applicantName(), ApplicationStatus.valueOf(r.status()), r.paper(),
                r.createdAt(), r.submittedAt(), r.byRepresentative(), r.representativeName(), r.address(), r.cadastralNumber(),
                r.objectKind() == null ? null : ObjectKind.valueOf(r.objectKind()), r.maxPowerKw(), r.connectedPowerKw(),
                r.voltageLevel() == null ? null : VoltageLevel.valueOf(r.voltageLevel()),
                r.reliabilityCategory() == null ? null : ReliabilityCategory.valueOf(r.reliabilityCategory()),
                r.connectionKind() == null ? null : ConnectionKind.valueOf(r.connectionKind()), r.supplierOrganizationId(), r.supplierName(),
                r.fee(), r.deadline(), r.deadlineStep() == null ? null : DeadlineStep.valueOf(r.deadlineStep()));
    }

    /** Whether the status allows the action at all (who may take it is {@link ApplicationAccess}'s question). */
    public boolean allows(WorkflowAction action) {
        return Workflow.rule(action).from().contains(status);
    }

    /** Refuses the action unless the status allows it. */
    public void require(WorkflowAction action) {
        if (!allows(action)) {
            throw new TransitionRefusedException(action, status);
        }
    }

    /** The status the action leads to; refused when the current status does not allow it, or the action changes no status. */
    public ApplicationStatus next(WorkflowAction action) {
        require(action);
        ApplicationStatus to = Workflow.rule(action).to();
        if (to == null) {
            throw new TransitionRefusedException(action, status);
        }
        return to;
    }

    /** The term that runs after the action: a new one when the next status starts one, the connection term kept into IN_PROGRESS. */
    public Term termAfter(WorkflowAction action) {
        ApplicationStatus to = next(action);
        DeadlineStep step = Workflow.stepOn(to);
        if (step != null) {
            return new Term(step, false);
        }
        return to == ApplicationStatus.IN_PROGRESS ? new Term(deadlineStep, true) : new Term(null, false);
    }

    /** Form steps and the applicant's documents may change (DRAFT, INCOMPLETE). */
    public boolean editable() {
        return allows(WorkflowAction.EDIT);
    }

    /** A draft is seen by its owner only (and by staff when they registered it on paper). */
    public boolean draft() {
        return status == ApplicationStatus.DRAFT;
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** The deadline has passed in the grid company's zone and the application is still open. */
    public boolean overdue(Instant now) {
        return deadline != null && !status.isFinal() && today(now).isAfter(deadline);
    }

    /**
     * The term after a transition.
     *
     * @param step the step whose term runs, null when none
     * @param kept the deadline stays as it was (IN_PROGRESS keeps the connection term); otherwise it is computed for the step
     */
    public record Term(DeadlineStep step, boolean kept) {
    }
}
