package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.StorageException;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The staff's templates of frequent answers (module APPEALS): written once, picked into the answer and edited there
 * before it is sent. Each change is audited; the template's text is not copied into the audit, only its title.
 */
public final class AnswerTemplates {
    public static final String TITLE_REQUIRED = "appeals.template_title_required";
    public static final String TITLE_TAKEN = "appeals.template_title_taken";
    public static final String NO_SUCH_TEMPLATE = "appeals.no_such_template";
    public static final int MAX_TITLE = 100;
    private static final String UNIQUE_VIOLATION = "23505";

    private final AppealTemplateRepository templates;
    private final AppealAccess access;
    private final AppealThread thread;
    private final AuditLog audit;
    private final Clock clock;

    public AnswerTemplates(AppealTemplateRepository templates, AppealAccess access, AppealThread thread, AuditLog audit, Clock clock) {
        this.templates = templates;
        this.access = access;
        this.thread = thread;
        this.audit = audit;
        this.clock = clock;
    }

    /** The organization's templates by title. */
    public List<AnswerTemplate> all(Viewer staff) {
        access.requireStaff(staff);
        return templates.ofOrganization(staff.organizationId()).stream().map(AnswerTemplate::of).toList();
    }

    /** Those offered for an appeal of the category: the category's own first, then the general ones. */
    public List<AnswerTemplate> forCategory(Viewer staff, AppealCategory category) {
        return all(staff).stream().filter(t -> t.fits(category))
                .sorted(Comparator.comparing((AnswerTemplate t) -> t.category() == null)).toList();
    }

    /** A new template ({@code id} null) or a changed one; the body is checked as an answer's text is. */
    public AnswerTemplate save(Viewer staff, Long id, AppealCategory category, String title, String body) {
        access.requireStaff(staff);
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > MAX_TITLE) {
            throw new ValidationException(TITLE_REQUIRED, MAX_TITLE);
        }
        String text = thread.checked(body, List.of());
        String categoryName = category == null ? null : category.name();
        try {
            return audit.atomically(() -> {
                long saved;
                if (id == null) {
                    saved = templates.create(staff.organizationId(), categoryName, name, text, staff.userId(), clock.instant());
                    audit.record(staff, staff.organizationId(), "appeals.template.create", "appeal_template", String.valueOf(saved), null,
                            Map.of("title", name), null);
                } else {
                    AppealTemplateRow before = existing(staff, id);
                    templates.update(id, categoryName, name, text, staff.userId(), clock.instant());
                    saved = id;
                    audit.record(staff, staff.organizationId(), "appeals.template.update", "appeal_template", String.valueOf(id),
                            Map.of("title", before.title()), Map.of("title", name), null);
                }
                return new AnswerTemplate(saved, category, name, text);
            });
        } catch (StorageException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new ValidationException(TITLE_TAKEN);
            }
            throw e;
        }
    }

    public void delete(Viewer staff, long id) {
        access.requireStaff(staff);
        audit.atomically(() -> {
            AppealTemplateRow before = existing(staff, id);
            templates.delete(id);
            audit.record(staff, staff.organizationId(), "appeals.template.delete", "appeal_template", String.valueOf(id),
                    Map.of("title", before.title()), null, null);
        });
    }

    /** Only the viewer's organization's; another's is "no such template" whether it exists or not. */
    private AppealTemplateRow existing(Viewer staff, long id) {
        return templates.byId(staff.organizationId(), id).orElseThrow(() -> new AccessDeniedException(NO_SUCH_TEMPLATE));
    }
}
