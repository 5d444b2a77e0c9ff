package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.calendar.DeadlineStep;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.registration.ApplicantProfile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** What the pages show: an application whole for who may see it, the applicant's list, the staff queue, the thread. */
public final class ApplicationQueries {
    private final ConnectionRepository applications;
    private final ApplicantRepository applicants;
    private final ApplicationAccess access;
    private final ApplicationThread messages;
    private final Clock clock;

    public ApplicationQueries(ConnectionRepository applications, ApplicantRepository applicants, ApplicationAccess access, ApplicationThread messages,
                              Clock clock) {
        this.applications = Objects.requireNonNull(applications, "applications");
        this.applicants = Objects.requireNonNull(applicants, "applicants");
        this.access = Objects.requireNonNull(access, "access");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The viewer's own applications, newest first. */
    public List<ApplicationSummary> myApplications(Viewer applicant) {
        if (applicant.role() != Role.CUSTOMER) {
            return List.of();
        }
        return applications.ofUser(applicant.userId()).stream().map(ConnectionApplication::of).map(this::summary).toList();
    }

    /** One application, for its owner, the grid company's staff or the chosen supplier's staff; anyone else: {@link ConnectionError#NOT_FOUND}. */
    public ApplicationDetail application(Viewer viewer, long applicationId) {
        ConnectionApplication a = access.visible(viewer, applicationId);
        List<DocumentRow> documentRows = applications.documents(a.id());
        List<ApplicationDocument> all = documentRows.stream().map(ApplicationQueries::document).toList();
        ApplicantRow applicant = applicants.byId(a.customerId()).orElseThrow();
        return new ApplicationDetail(summary(a),
                new ApplicantData(ApplicantProfile.of(applicant), a.byRepresentative(),
                        a.representativeName() == null ? null : Masking.personName(a.representativeName())),
                new ObjectStep(a.address(), a.cadastralNumber(), a.objectKind()),
                new PowerStep(a.maxPowerKw(), a.connectedPowerKw(), a.voltage(), a.reliability(), a.connectionKind()),
                a.supplierOrganizationId() == null ? null : new OrganizationChoice(a.supplierOrganizationId(), a.supplierName()),
                a.fee(), all, history(a.id()), messages.thread(viewer, a),
                a.editable() ? Completeness.missing(a, applicant, documentRows) : List.of(), access.actions(viewer, a));
    }

    /** The thread, oldest first. */
    public List<ApplicationMessage> messages(Viewer viewer, long applicationId) {
        return messages.thread(viewer, access.visible(viewer, applicationId));
    }

    /**
     * The queue of the viewer's organization: for a grid company its submitted applications (and the
     * paper drafts its staff registered), for a supplier those that chose it; nearest deadline first
     * (so the overdue ones lead), those without a running term last.
     */
    public Page<ApplicationSummary> queue(Viewer staff, QueueFilter filter, int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        QueueFilter f = filter == null ? QueueFilter.ALL : filter;
        String organization;
        String supplier;
        if (staff.role().staff()) {
            organization = staff.organizationId();
            supplier = null;
        } else if (staff.role() == Role.SUPPLIER) {
            organization = null;
            supplier = staff.organizationId();
        } else {
            throw AccessDeniedException.staffOnly();
        }
        // overdue is judged by the day in the organization's zone; the grid companies of one cabinet share a region
        ZoneId zone = applications.organizationZone(staff.organizationId()).map(ZoneId::of).orElse(ZoneOffset.UTC);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        QueueQuery query = new QueueQuery(organization, supplier, f.status() == null ? null : f.status().name(),
                f.category() == null ? null : f.category().name(), f.overdueOnly() ? today : null, FormTexts.trimmed(f.text()));
        List<ApplicationSummary> items = applications.queue(query, page * size, size).stream().map(ConnectionApplication::of)
                .map(this::summary).toList();
        return new Page<>(items, page, size, applications.count(query));
    }

    private ApplicationSummary summary(ConnectionApplication a) {
        return new ApplicationSummary(a.id(), a.number(), a.status(), a.organizationId(), a.organizationName(), a.category(),
                ApplicantProfile.displayName(a.category(), a.applicantName()), a.address(), a.maxPowerKw(), a.supplierName(),
                a.createdAt(), a.submittedAt(), a.deadline(), a.deadlineStep(), a.overdue(clock.instant()), a.paper());
    }

    private List<StatusChange> history(long applicationId) {
        return applications.changes(applicationId).stream().map(ApplicationQueries::change).toList();
    }

    private static StatusChange change(StatusChangeRow r) {
        return new StatusChange(r.fromStatus() == null ? null : ApplicationStatus.valueOf(r.fromStatus()), ApplicationStatus.valueOf(r.toStatus()),
                r.at(), r.userName(), "CUSTOMER".equals(r.userRole()) ? AuthorSide.APPLICANT : AuthorSide.STAFF, r.reason(), r.deadline(),
                r.deadlineStep() == null ? null : DeadlineStep.valueOf(r.deadlineStep()));
    }

    static ApplicationDocument document(DocumentRow d) {
        return new ApplicationDocument(d.id(), DocumentKind.valueOf(d.kind()), d.fileName(), d.contentType(), d.size(), d.uploadedAt(),
                AuthorSide.valueOf(d.uploaderSide()), null);
    }
}
