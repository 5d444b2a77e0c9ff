package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * The answer deadline: the category's working days counted after the day the appeal came, in the organization's
 * zone. An organization's administrator may set its own term per category; otherwise {@link AppealCategory}'s default
 * holds. A changed term counts for appeals registered after it; those registered keep their deadline.
 */
public final class AppealTerms {
    public static final String DAYS_INVALID = "appeals.term_invalid";
    public static final int MAX_DAYS = 60;

    private final ProductionCalendar calendar;
    private final AppealTermRepository terms;
    private final StaffRights rights;
    private final AuditLog audit;

    public AppealTerms(ProductionCalendar calendar, AppealTermRepository terms, StaffRights rights, AuditLog audit) {
        this.calendar = calendar;
        this.terms = terms;
        this.rights = rights;
        this.audit = audit;
    }

    public LocalDate deadline(String organizationId, AppealCategory category, Instant received, ZoneId zone) {
        return calendar.addWorkingDays(LocalDate.ofInstant(received, zone), workingDays(organizationId).get(category));
    }

    /** The organization's term of every category, its own or the default. */
    public Map<AppealCategory, Integer> workingDays(String organizationId) {
        Map<String, Integer> own = terms.terms(organizationId);
        Map<AppealCategory, Integer> all = new EnumMap<>(AppealCategory.class);
        for (AppealCategory category : AppealCategory.values()) {
            all.put(category, own.getOrDefault(category.name(), category.workingDays()));
        }
        return all;
    }

    /** The administrator of the organization sets its term of a category (1 to {@value #MAX_DAYS} working days). */
    public void set(Viewer admin, AppealCategory category, int workingDays) {
        rights.require(admin, StaffModule.APPEALS);
        if (admin.role() != Role.ADMIN) {
            throw AccessDeniedException.staffOnly();
        }
        if (workingDays < 1 || workingDays > MAX_DAYS) {
            throw new ValidationException(DAYS_INVALID, MAX_DAYS);
        }
        audit.atomically(() -> {
            Integer before = workingDays(admin.organizationId()).get(category);
            terms.save(admin.organizationId(), category.name(), workingDays);
            audit.record(admin, admin.organizationId(), "appeals.term", "appeal_term", category.name(), Map.of("workingDays", before),
                    Map.of("workingDays", workingDays), null);
        });
    }
}
