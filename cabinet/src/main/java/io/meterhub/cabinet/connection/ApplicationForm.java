package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.FormRejectedException;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The applicant's multi-step form with its draft saved at every step (each step validated on its
 * own by {@link FormSteps}), and the paper application staff register on an applicant's behalf.
 */
public final class ApplicationForm {
    /** The organization kinds the form reads: grid companies take applications, suppliers sell the energy. */
    public static final String GRID_COMPANY = "GRID_COMPANY";
    public static final String SUPPLIER = "SUPPLIER";
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationForm.class);

    private final Transactions transactions;
    private final ConnectionRepository applications;
    private final ApplicantRepository applicants;
    private final UserService users;
    private final ApplicationTransitions transitions;
    private final ApplicationQueries queries;
    private final PaperConfirmations confirmations;
    private final Clock clock;

    public ApplicationForm(Transactions transactions, ConnectionRepository applications, ApplicantRepository applicants, UserService users,
                           ApplicationTransitions transitions, ApplicationQueries queries, PaperConfirmations confirmations, Clock clock) {
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.applicants = Objects.requireNonNull(applicants, "applicants");
        this.users = Objects.requireNonNull(users, "users");
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The grid companies one can file with. */
    public List<OrganizationChoice> gridCompanies() {
        return choices(GRID_COMPANY);
    }

    /** The suppliers (гарантирующие поставщики) one can choose. */
    public List<OrganizationChoice> suppliers() {
        return choices(SUPPLIER);
    }

    private List<OrganizationChoice> choices(String kind) {
        return applications.organizationsOfKind(kind).entrySet().stream().map(e -> new OrganizationChoice(e.getKey(), e.getValue())).toList();
    }

    /** A new draft with the grid company, step 1 prefilled from the applicant's profile; refused when the viewer has no profile. */
    public ApplicationDetail createDraft(Viewer applicant, String organizationId) {
        if (applicant.role() != Role.CUSTOMER) {
            throw ConnectionError.NOT_PERMITTED.denied();
        }
        ApplicantRow profile = applicants.byUser(applicant.userId()).orElseThrow(ConnectionError.NO_PROFILE::refused);
        requireGridCompany(organizationId);
        Instant now = clock.instant();
        long id = transactions.inTransaction(tx -> {
            long created = applications.create(tx, organizationId, profile.id(), false, applicant.userId(), now, false, null);
            applications.changeStatus(tx, created, null, ApplicationStatus.DRAFT.name(), now, applicant.userId(), null, null, null);
            return created;
        });
        LOG.info("connection application {} drafted by user {} with {}", id, applicant.userId(), organizationId);
        return queries.application(applicant, id);
    }

    /** Saves step 1 (validated on its own); while DRAFT or INCOMPLETE. */
    public ApplicationDetail saveApplicant(Viewer viewer, long applicationId, ApplicantStep step) {
        String representative = FormSteps.applicant(step);
        return save(viewer, applicationId, (tx, a) -> applications.saveApplicant(tx, a.id(), step.byRepresentative(), representative, clock.instant()));
    }

    /** Saves step 2: address required, the cadastral number in the form NN:NN:NNNNNNN:NNN, the kind. */
    public ApplicationDetail saveObject(Viewer viewer, long applicationId, ObjectStep step) {
        ObjectStep checked = FormSteps.object(step);
        return save(viewer, applicationId, (tx, a) -> applications.saveObject(tx, a.id(), checked.address(), checked.cadastralNumber(),
                checked.kind().name(), clock.instant()));
    }

    /** Saves step 3. */
    public ApplicationDetail savePower(Viewer viewer, long applicationId, PowerStep step) {
        PowerStep p = FormSteps.power(step);
        return save(viewer, applicationId, (tx, a) -> applications.savePower(tx, a.id(), p.maxPowerKw(), p.alreadyConnectedKw(), p.voltage().name(),
                p.reliability().name(), p.connectionKind().name(), clock.instant()));
    }

    /** Saves the supplier's choice (with step 4). */
    public ApplicationDetail saveSupplier(Viewer viewer, long applicationId, String supplierOrganizationId) {
        if (supplierOrganizationId == null || !SUPPLIER.equals(applications.organizationKind(supplierOrganizationId).orElse(null))) {
            throw new FormRejectedException(List.of(FieldProblem.of("supplier", ConnectionError.NO_SUCH_SUPPLIER.code())));
        }
        return save(viewer, applicationId, (tx, a) -> applications.saveSupplier(tx, a.id(), supplierOrganizationId, clock.instant()));
    }

    /**
     * A paper application registered by the grid company's staff on the applicant's behalf: a draft
     * marked as filed on paper, for an existing customer (by login) or a new applicant without a login;
     * staff then fill its steps, upload its scans and submit it. An existing customer is told and confirms it in
     * their cabinet ({@link PaperConfirmations}) before staff get their full profile.
     */
    public ApplicationDetail registerPaper(Viewer staff, PaperApplicant applicant) {
        if (!staff.role().staff()) {
            throw AccessDeniedException.staffOnly();
        }
        Objects.requireNonNull(applicant, "applicant");
        requireGridCompany(staff.organizationId());
        Long existing = null;
        Long existingUser = null;
        if (FormTexts.trimmed(applicant.login()) != null) {
            String login = applicant.login().trim();
            UserAccount account = users.findByLogin(applicant.login())
                    .filter(u -> u.role() == Role.CUSTOMER)
                    .orElseThrow(() -> ConnectionError.NO_SUCH_APPLICANT.refused(login));
            existing = applicants.byUser(account.id()).map(ApplicantRow::id).orElseThrow(() -> ConnectionError.NO_SUCH_APPLICANT.refused(login));
            existingUser = account.id();
        } else if (applicant.newApplicant() == null) {
            throw ConnectionError.NO_SUCH_APPLICANT.refused("");
        }
        Long customerId = existing;
        Instant now = clock.instant();
        long id = transactions.inTransaction(tx -> {
            long customer = customerId != null ? customerId : RegistrationService.createWithoutLogin(tx, applicants, applicant.newApplicant(), now);
            long created = applications.create(tx, staff.organizationId(), customer, true, staff.userId(), now, false, null);
            applications.changeStatus(tx, created, null, ApplicationStatus.DRAFT.name(), now, staff.userId(), "paper", null, null);
            if (customerId != null) {
                confirmations.request(tx, created, staff.userId(), now);
            }
            return created;
        });
        LOG.info("paper connection application {} registered by user {}", id, staff.userId());
        ApplicationDetail detail = queries.application(staff, id);
        if (existingUser != null) {
            confirmations.tell(existingUser, id, detail.summary().organizationName());
        }
        return detail;
    }

    /** Whether the paper application waits for its customer's confirmation, for whoever may see it. */
    public PaperConfirmationState paperConfirmation(Viewer viewer, long applicationId) {
        return confirmations.state(viewer, applicationId);
    }

    /** The customer confirms the paper application staff registered in their name. */
    public PaperConfirmationState confirmPaper(Viewer customer, long applicationId) {
        PaperConfirmationState state = confirmations.confirm(customer, applicationId);
        LOG.info("paper connection application {} confirmed by its applicant, user {}", applicationId, customer.userId());
        return state;
    }

    private ApplicationDetail save(Viewer viewer, long applicationId, ApplicationTransitions.Work step) {
        transitions.edit(viewer, applicationId, step);
        return queries.application(viewer, applicationId);
    }

    private void requireGridCompany(String organizationId) {
        if (organizationId == null || !GRID_COMPANY.equals(applications.organizationKind(organizationId).orElse(null))) {
            throw ConnectionError.NO_SUCH_ORGANIZATION.refused(organizationId == null ? "" : organizationId);
        }
    }
}
