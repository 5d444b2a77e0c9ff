package io.meterhub.cabinet.calendar;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.connection.DeadlineRuleRepository;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;

import java.time.LocalDate;
import java.util.List;

/**
 * The terms of the connection steps in working days, per applicant category and step, as configured
 * in {@code connection_deadline_rule} (seeded from the Rules; the unconfirmed figures say so in their basis).
 */
public final class DeadlineRules {
    public static final String DAYS_INVALID = "deadline.days_invalid";
    public static final String BASIS_REQUIRED = "deadline.basis_required";

    private final DeadlineRuleRepository rules;
    private final ProductionCalendar calendar;

    public DeadlineRules(DeadlineRuleRepository rules, ProductionCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    public List<DeadlineRule> all() {
        return rules.all().stream()
                .map(r -> new DeadlineRule(ApplicantCategory.valueOf(r.category()), DeadlineStep.valueOf(r.step()), r.workingDays(), r.basis()))
                .toList();
    }

    public int workingDays(ApplicantCategory category, DeadlineStep step) {
        return rules.workingDays(category.name(), step.name())
                .orElseThrow(() -> new IllegalStateException("no deadline rule for " + category + " / " + step + " in connection_deadline_rule"));
    }

    /** The last day of the step's term started on {@code start}: that many working days after it. */
    public LocalDate deadline(ApplicantCategory category, DeadlineStep step, LocalDate start) {
        return calendar.addWorkingDays(start, workingDays(category, step));
    }

    /** An administrator changes a term. */
    public void set(Viewer admin, ApplicantCategory category, DeadlineStep step, int workingDays, String basis) {
        if (admin.role() != Role.ADMIN) {
            throw AccessDeniedException.staffOnly();
        }
        if (workingDays < 1 || workingDays > 500) {
            throw new ValidationException(DAYS_INVALID, workingDays);
        }
        if (basis == null || basis.isBlank()) {
            throw new ValidationException(BASIS_REQUIRED);
        }
        rules.set(category.name(), step.name(), workingDays, basis.trim());
    }
}
