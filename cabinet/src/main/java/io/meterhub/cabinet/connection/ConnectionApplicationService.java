package io.meterhub.cabinet.connection;

import io.meterhub.storage.cabinet.signing.SignatureRepository;
import io.meterhub.storage.cabinet.otp.OneTimeCodeRepository;
import io.meterhub.storage.cabinet.users.UserRepository;
import io.meterhub.storage.cabinet.connection.DeadlineRuleRepository;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.calendar.DeadlineRules;
import io.meterhub.cabinet.calendar.DeadlineStep;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.Page;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.connectionfee.VoltageLevel;
import io.meterhub.cabinet.otp.CodePurpose;
import io.meterhub.cabinet.otp.IssuedCode;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.ApplicantProfile;
import io.meterhub.cabinet.registration.CodeSender;
import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.FormRejectedException;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.signing.SignatureService;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.Jdbc;
import io.meterhub.storage.cabinet.connection.ApplicantRepository;
import io.meterhub.storage.cabinet.connection.ApplicantRow;
import io.meterhub.storage.cabinet.connection.ApplicationRow;
import io.meterhub.storage.cabinet.connection.ConnectionRepository;
import io.meterhub.storage.cabinet.connection.DocumentRow;
import io.meterhub.storage.cabinet.connection.MessageRow;
import io.meterhub.storage.cabinet.connection.NewDocumentRow;
import io.meterhub.storage.cabinet.connection.QueueQuery;
import io.meterhub.storage.cabinet.connection.StatusChangeRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Grid connection applications (Decree 861): the applicant's multi-step form with its draft saved at
 * every step, documents, submission, the thread of messages, and the grid company's workflow with
 * deadlines in working days by the production calendar.
 *
 * <p>Who sees an application: the applicant who owns it, the staff (operators, administrators) of the
 * grid company it is filed with, and the staff of the supplier it chose. Anyone else gets
 * {@link io.meterhub.cabinet.access.AccessDeniedException} with {@link #NOT_FOUND}, whether it exists or
 * not. A refused step is a {@link io.meterhub.cabinet.common.ValidationException} with one of the codes
 * of this class (messages in {@code connection-messages.properties}); a form with bad fields is a
 * {@link io.meterhub.cabinet.registration.FormRejectedException} listing every field.
 *
 * <p>Each status change is recorded (who, when, reason, the new deadline) and reported to the applicant
 * through the {@link ApplicantNotifier} after it is committed, with the link {@code connection/applications/<id>}.
 */
public final class ConnectionApplicationService {
    public static final String NOT_FOUND = "access.no_such_application";
    /** An action not allowed in the current status; arguments: the action, the status. */
    public static final String NOT_ALLOWED = "connection.not_allowed";
    /** A submission lacking required data or documents; argument: the list of what is missing. */
    public static final String INCOMPLETE = "connection.incomplete";
    public static final String NO_TECHNICAL_CONDITIONS = "connection.offer.no_technical_conditions";
    public static final String REASON_REQUIRED = "connection.reason_required";
    public static final String TEXT_REQUIRED = "connection.message.text_required";
    public static final String DOCUMENT_TYPE = "connection.document.type";
    public static final String DOCUMENT_TOO_LARGE = "connection.document.too_large";
    public static final String DOCUMENT_EMPTY = "connection.document.empty";
    public static final String DOCUMENT_KIND_RESERVED = "connection.document.kind_reserved";
    public static final String CODE_SIGNING_NOT_ALLOWED = "connection.sign.code_not_allowed";
    public static final String SIGNATURE_REFUSED = "connection.sign.refused";
    public static final String NO_SUCH_ORGANIZATION = "connection.no_such_organization";
    public static final String NO_SUCH_SUPPLIER = "connection.no_such_supplier";
    public static final String NO_SUCH_APPLICANT = "connection.no_such_applicant";

    public static final String NOT_PERMITTED = "connection.action_not_permitted";
    public static final String NO_PROFILE = "connection.no_profile";
    public static final String TEXT_TOO_LONG = "connection.text_too_long";
    public static final String DOCUMENT_KIND_REQUIRED = "connection.document.kind_required";
    public static final String DOCUMENT_NOT_REMOVABLE = "connection.document.not_removable";
    public static final String NO_SUCH_DOCUMENT = "connection.no_such_document";
    public static final String PHONE_NOT_CONFIRMED = "connection.sign.phone_not_confirmed";
    public static final String TOO_MANY_ATTACHMENTS = "connection.message.too_many_attachments";
    public static final String NOT_PAPER = "connection.sign.not_paper";
    public static final int MAX_TEXT = 4000;
    public static final int MAX_ATTACHMENTS = 10;
    /** The organization kinds this service reads: grid companies take applications, suppliers sell the energy. */
    public static final String GRID_COMPANY = "GRID_COMPANY";
    public static final String SUPPLIER = "SUPPLIER";
    /** A cadastral number: district:area:quarter:plot, e.g. 63:01:0000000:123 (the quarter 6-7 digits, the plot up to 7). */
    static final Pattern CADASTRAL = Pattern.compile("\\d{2}:\\d{2}:\\d{6,7}:\\d{1,7}");
    private static final Set<DocumentKind> GENERATED = EnumSet.of(DocumentKind.INVOICE, DocumentKind.CONTRACT);
    private static final Set<DocumentKind> STAFF_KINDS = EnumSet.of(DocumentKind.TECHNICAL_CONDITIONS, DocumentKind.SCAN, DocumentKind.OTHER);
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionApplicationService.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final ApplicantNotifier notifier;
    private final CodeSender codeSender;
    private final ConnectionSettings settings;
    private final OfferDocuments offers;
    private final DeadlineRules deadlines;
    private final ConnectionRepository applications;
    private final ApplicantRepository applicants;
    private final UserService users;
    private final OneTimeCodes codes;
    private final SignatureService signatures;

    /** The link to an application's page for its applicant, relative to the cabinet's root. */
    public static String applicantLink(long applicationId) {
        return "connection/applications/" + applicationId;
    }

    /**
     * The service as the cabinet runs it: the offer's fee and PDFs come from the connection fee
     * calculator and the document templates; signing codes go out through {@code codeSender}.
     */
    public ConnectionApplicationService(DataSource dataSource, Clock clock, ProductionCalendar calendar, ApplicantNotifier notifier,
                                        CodeSender codeSender, ConnectionSettings settings) {
        this(dataSource, clock, calendar, notifier, codeSender, settings, null);
    }

    /** With the offer made some other way (tests, another fee source); null for the calculator and templates. */
    public ConnectionApplicationService(DataSource dataSource, Clock clock, ProductionCalendar calendar, ApplicantNotifier notifier,
                                        CodeSender codeSender, ConnectionSettings settings, OfferDocuments offers) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.codeSender = Objects.requireNonNull(codeSender, "codeSender");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.offers = offers == null ? new CalculatedOffer(dataSource) : offers;
        this.deadlines = new DeadlineRules(new DeadlineRuleRepository(dataSource), Objects.requireNonNull(calendar, "calendar"));
        this.applications = new ConnectionRepository(dataSource);
        this.applicants = new ApplicantRepository(dataSource);
        this.users = new UserService(new UserRepository(dataSource));
        this.codes = new OneTimeCodes(dataSource, new OneTimeCodeRepository(), clock);
        this.signatures = new SignatureService(new SignatureRepository(dataSource), codes, clock);
    }

    // ---- choices for the form

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

    // ---- the applicant's form

    /** A new draft with the grid company, step 1 prefilled from the applicant's profile; refused when the viewer has no profile. */
    public ApplicationDetail createDraft(Viewer applicant, String organizationId) {
        if (applicant.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(NOT_PERMITTED);
        }
        ApplicantRow profile = applicants.byUser(applicant.userId()).orElseThrow(() -> new ValidationException(NO_PROFILE));
        requireGridCompany(organizationId);
        Instant now = clock.instant();
        long id = Jdbc.inTransaction(dataSource, c -> {
            long created = applications.create(c, organizationId, profile.id(), false, applicant.userId(), now, false, null);
            applications.changeStatus(c, created, null, ApplicationStatus.DRAFT.name(), now, applicant.userId(), null, null, null);
            return created;
        });
        LOG.info("connection application {} drafted by user {} with {}", id, applicant.userId(), organizationId);
        return application(applicant, id);
    }

    /** Saves step 1 (validated on its own); while DRAFT or INCOMPLETE. */
    public ApplicationDetail saveApplicant(Viewer viewer, long applicationId, ApplicantStep step) {
        Objects.requireNonNull(step, "step");
        List<FieldProblem> problems = new ArrayList<>();
        String representative = trimmed(step.representativeName());
        if (step.byRepresentative() && representative == null) {
            problems.add(FieldProblem.of("representativeName", "connection.representative_required"));
        }
        checkLength(problems, "representativeName", representative, 300);
        rejectIf(problems);
        edit(viewer, applicationId, (c, row) -> applications.saveApplicant(c, row.id(), step.byRepresentative(), representative, clock.instant()));
        return application(viewer, applicationId);
    }

    /** Saves step 2: address required, the cadastral number in the form NN:NN:NNNNNNN:NNN, the kind. */
    public ApplicationDetail saveObject(Viewer viewer, long applicationId, ObjectStep step) {
        Objects.requireNonNull(step, "step");
        List<FieldProblem> problems = new ArrayList<>();
        String address = trimmed(step.address());
        String cadastral = trimmed(step.cadastralNumber());
        if (address == null) {
            problems.add(FieldProblem.of("address", "connection.address_required"));
        }
        checkLength(problems, "address", address, 500);
        if (cadastral == null) {
            problems.add(FieldProblem.of("cadastralNumber", "connection.cadastral_required"));
        } else if (!CADASTRAL.matcher(cadastral).matches()) {
            problems.add(FieldProblem.of("cadastralNumber", "connection.cadastral_invalid", cadastral));
        }
        if (step.kind() == null) {
            problems.add(FieldProblem.of("kind", "connection.object_kind_required"));
        }
        rejectIf(problems);
        edit(viewer, applicationId, (c, row) -> applications.saveObject(c, row.id(), address, cadastral, step.kind().name(), clock.instant()));
        return application(viewer, applicationId);
    }

    /** Saves step 3. */
    public ApplicationDetail savePower(Viewer viewer, long applicationId, PowerStep step) {
        Objects.requireNonNull(step, "step");
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal max = step.maxPowerKw();
        BigDecimal connected = step.alreadyConnectedKw() == null ? BigDecimal.ZERO : step.alreadyConnectedKw();
        if (max == null) {
            problems.add(FieldProblem.of("maxPowerKw", "connection.power_required"));
        } else if (max.signum() <= 0 || max.compareTo(new BigDecimal("100000")) > 0) {
            problems.add(FieldProblem.of("maxPowerKw", "connection.power_range", max));
        } else if (max.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("maxPowerKw", "connection.power_decimals"));
        }
        if (connected.signum() < 0 || connected.stripTrailingZeros().scale() > 2) {
            problems.add(FieldProblem.of("alreadyConnectedKw", "connection.connected_invalid", connected));
        }
        if (step.connectionKind() == null) {
            problems.add(FieldProblem.of("connectionKind", "connection.connection_kind_required"));
        } else if (step.connectionKind() == ConnectionKind.INCREASE && connected.signum() == 0) {
            problems.add(FieldProblem.of("alreadyConnectedKw", "connection.increase_needs_connected"));
        }
        if (max != null && max.signum() > 0 && connected.compareTo(max) >= 0 && step.connectionKind() == ConnectionKind.INCREASE) {
            problems.add(FieldProblem.of("maxPowerKw", "connection.increase_not_above", max, connected));
        }
        if (step.voltage() == null) {
            problems.add(FieldProblem.of("voltage", "connection.voltage_required"));
        }
        if (step.reliability() == null) {
            problems.add(FieldProblem.of("reliability", "connection.reliability_required"));
        }
        rejectIf(problems);
        edit(viewer, applicationId, (c, row) -> applications.savePower(c, row.id(), max, connected, step.voltage().name(),
                step.reliability().name(), step.connectionKind().name(), clock.instant()));
        return application(viewer, applicationId);
    }

    /** Saves the supplier's choice (with step 4). */
    public ApplicationDetail saveSupplier(Viewer viewer, long applicationId, String supplierOrganizationId) {
        if (supplierOrganizationId == null || !SUPPLIER.equals(applications.organizationKind(supplierOrganizationId).orElse(null))) {
            throw new FormRejectedException(List.of(FieldProblem.of("supplier", NO_SUCH_SUPPLIER)));
        }
        edit(viewer, applicationId, (c, row) -> applications.saveSupplier(c, row.id(), supplierOrganizationId, clock.instant()));
        return application(viewer, applicationId);
    }

    /**
     * Attaches a document (PDF, JPG or PNG by its bytes; at most the configured size). The applicant
     * attaches while DRAFT or INCOMPLETE; the grid company's staff attach TECHNICAL_CONDITIONS, SCAN or
     * OTHER at any stage that is not final (and anything to a paper application they may edit).
     * INVOICE and CONTRACT are generated, never uploaded.
     */
    public ApplicationDocument attach(Viewer viewer, long applicationId, NewDocument document) {
        Objects.requireNonNull(document, "document");
        if (document.kind() == null) {
            throw new ValidationException(DOCUMENT_KIND_REQUIRED);
        }
        if (GENERATED.contains(document.kind())) {
            throw new ValidationException(DOCUMENT_KIND_RESERVED, document.kind().name());
        }
        String name = DocumentCheck.fileName(document.fileName());
        String type = DocumentCheck.contentType(name, document.bytes(), settings.maxDocumentBytes());
        Instant now = clock.instant();
        long id = Jdbc.inTransaction(dataSource, c -> {
            ApplicationRow row = lockVisible(c, viewer, applicationId);
            ApplicationStatus status = ApplicationStatus.valueOf(row.status());
            boolean editable = mayAct(viewer, row, Workflow.Actor.APPLICANT) && Workflow.rule(WorkflowAction.EDIT).from().contains(status);
            if (isGridStaff(viewer, row)) {
                // staff add the conditions and scans at any stage in work; the applicant's documents only to a paper application
                if (status.isFinal() || (status == ApplicationStatus.DRAFT && !row.paper())) {
                    throw new TransitionRefusedException(WorkflowAction.EDIT, status);
                }
                if (!STAFF_KINDS.contains(document.kind()) && !editable) {
                    throw new ValidationException(DOCUMENT_KIND_RESERVED, document.kind().name());
                }
            } else if (isOwner(viewer, row)) {
                if (!editable) {
                    throw new TransitionRefusedException(WorkflowAction.EDIT, status);
                }
                if (document.kind() == DocumentKind.TECHNICAL_CONDITIONS) {
                    throw new ValidationException(DOCUMENT_KIND_RESERVED, document.kind().name());
                }
            } else {
                throw new AccessDeniedException(NOT_PERMITTED);
            }
            long documentId = applications.addDocument(c, new NewDocumentRow(row.id(), null, document.kind().name(), name, type,
                    document.bytes(), sha256(document.bytes()), now, viewer.userId(), side(viewer).name()));
            Jdbc.update(c, "UPDATE connection_application SET updated_at = ? WHERE id = ?", now, row.id());
            return documentId;
        });
        return documents(applicationId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    /** Removes a document the viewer's side uploaded, while the application may still be edited. */
    public void removeDocument(Viewer viewer, long applicationId, long documentId) {
        Jdbc.inTransaction(dataSource, c -> {
            ApplicationRow row = lockVisible(c, viewer, applicationId);
            DocumentRow document = applications.documents(c, row.id()).stream().filter(d -> d.id() == documentId).findFirst()
                    .orElseThrow(() -> new ValidationException(NO_SUCH_DOCUMENT));
            ApplicationStatus status = ApplicationStatus.valueOf(row.status());
            boolean ownSide = side(viewer).name().equals(document.uploaderSide());
            boolean editable = mayAct(viewer, row, Workflow.Actor.APPLICANT) && Workflow.rule(WorkflowAction.EDIT).from().contains(status);
            boolean staffBeforeOffer = isGridStaff(viewer, row) && (status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.UNDER_REVIEW);
            if (!ownSide || document.messageId() != null || GENERATED.contains(DocumentKind.valueOf(document.kind()))
                    || !(editable || staffBeforeOffer)) {
                throw new ValidationException(DOCUMENT_NOT_REMOVABLE, document.fileName());
            }
            return applications.removeDocument(c, row.id(), documentId);
        });
    }

    /**
     * The application's data as a PDF, applicant's data whole: for its owner, the grid company's staff
     * and the chosen supplier's staff (who conclude the supply contract with it). The download is logged.
     */
    public DocumentContent applicationCard(Viewer viewer, long applicationId) {
        ApplicationRow row = visible(viewer, applicationId);
        ApplicantRow applicant = applicants.byId(row.customerId()).orElseThrow();
        byte[] pdf = ApplicationCard.pdf(row, applicant, applications.documents(row.id()), zone(row));
        LOG.info("application card of {} downloaded by user {} ({})", row.id(), viewer.userId(), viewer.role());
        return new DocumentContent("application-" + (row.number() == null ? String.valueOf(row.id()) : row.number()) + ".pdf",
                "application/pdf", pdf);
    }

    /** A document's bytes, for whoever may see the application. */
    public DocumentContent document(Viewer viewer, long applicationId, long documentId) {
        visible(viewer, applicationId);
        DocumentRow row = applications.document(applicationId, documentId).orElseThrow(() -> new ValidationException(NO_SUCH_DOCUMENT));
        byte[] bytes = applications.content(applicationId, documentId).orElseThrow(() -> new ValidationException(NO_SUCH_DOCUMENT));
        return new DocumentContent(row.fileName(), row.contentType(), bytes);
    }

    /** DRAFT → SUBMITTED: assigns the registration number; refused with {@link #INCOMPLETE} naming what is missing. */
    public ApplicationDetail submit(Viewer viewer, long applicationId) {
        return transition(viewer, applicationId, WorkflowAction.SUBMIT, null, (c, row) -> {
            List<MissingItem> missing = missing(row, applications.documents(c, row.id()));
            if (!missing.isEmpty()) {
                throw new ApplicationIncompleteException(missing);
            }
            Instant now = clock.instant();
            int year = LocalDate.ofInstant(now, zone(row)).getYear();
            String number = "ТП-" + year + "-" + String.format("%06d", applications.nextInSeries(c, year));
            applications.number(c, row.id(), number, now);
        });
    }

    /** INCOMPLETE → UNDER_REVIEW once the applicant has supplied what was asked for (the required documents must be there). */
    public ApplicationDetail resubmit(Viewer applicant, long applicationId) {
        return transition(applicant, applicationId, WorkflowAction.RESUBMIT, null, (c, row) -> {
            List<MissingItem> missing = missing(row, applications.documents(c, row.id()));
            if (!missing.isEmpty()) {
                throw new ApplicationIncompleteException(missing);
            }
        });
    }

    /** Any state before SIGNED → CANCELLED, by the applicant (reason optional). */
    public ApplicationDetail cancel(Viewer applicant, long applicationId, String reason) {
        String why = trimmed(reason);
        checkLength(why);
        return transition(applicant, applicationId, WorkflowAction.CANCEL, why, null);
    }

    /** Sends a one-time signing code to the applicant's confirmed phone (OFFERED only); returns when it expires. */
    public Instant requestSigningCode(Viewer applicant, long applicationId) {
        ApplicationRow row = visible(applicant, applicationId);
        requireAllowed(applicant, row, WorkflowAction.SIGN);
        requireCodeSigningAllowed(row);
        ApplicantRow profile = applicants.byId(row.customerId()).orElseThrow();
        Optional<String> phone = RegistrationService.phoneE164(profile.phone());
        if (profile.phoneConfirmedAt() == null || phone.isEmpty()) {
            throw new ValidationException(PHONE_NOT_CONFIRMED);
        }
        DocumentRow contract = contract(row.id());
        IssuedCode issued = signatures.requestCode(applicant.userId(), documentRef(contract));
        codeSender.sendCode(phone.get(), issued.code());
        return issued.expiresAt();
    }

    /**
     * OFFERED → SIGNED with a simple electronic signature: the contract's hash, the code, the person and
     * the time are recorded. A legal entity may do so only where its grid company allows it.
     */
    public ApplicationDetail signWithCode(Viewer applicant, long applicationId, String code) {
        return transition(applicant, applicationId, WorkflowAction.SIGN, null, (c, row) -> {
            requireCodeSigningAllowed(row);
            DocumentRow contract = contract(row.id());
            byte[] bytes = applications.content(c, contract.id()).orElseThrow();
            signatures.signWithCode(applicant.userId(), documentRef(contract), bytes, code == null ? "" : code.trim());
        });
    }

    /** OFFERED → SIGNED with a detached CAdES signature of the contract, verified first. */
    public ApplicationDetail signWithCades(Viewer applicant, long applicationId, byte[] detachedCms) {
        if (detachedCms == null || detachedCms.length == 0) {
            throw new ValidationException(SIGNATURE_REFUSED);
        }
        return transition(applicant, applicationId, WorkflowAction.SIGN, null, (c, row) -> {
            DocumentRow contract = contract(row.id());
            byte[] bytes = applications.content(c, contract.id()).orElseThrow();
            signatures.recordCades(applicant.userId(), documentRef(contract), bytes, detachedCms);
        });
    }

    /** The reference under which signatures of a generated contract are recorded. */
    public static String documentRef(long documentId) {
        return "connection-document:" + documentId;
    }

    // ---- reading

    /** The viewer's own applications, newest first. */
    public List<ApplicationSummary> myApplications(Viewer applicant) {
        if (applicant.role() != Role.CUSTOMER) {
            return List.of();
        }
        return applications.ofUser(applicant.userId()).stream().map(this::summary).toList();
    }

    /** One application, for its owner, the grid company's staff or the chosen supplier's staff; anyone else: {@link #NOT_FOUND}. */
    public ApplicationDetail application(Viewer viewer, long applicationId) {
        ApplicationRow row = visible(viewer, applicationId);
        List<DocumentRow> documentRows = applications.documents(row.id());
        List<ApplicationDocument> all = documentRows.stream().map(ConnectionApplicationService::document).toList();
        ApplicantRow applicant = applicants.byId(row.customerId()).orElseThrow();
        ApplicationStatus status = ApplicationStatus.valueOf(row.status());
        return new ApplicationDetail(summary(row),
                new ApplicantData(ApplicantProfile.of(applicant), row.byRepresentative(),
                        row.representativeName() == null ? null : io.meterhub.cabinet.access.Masking.personName(row.representativeName())),
                new ObjectStep(row.address(), row.cadastralNumber(), row.objectKind() == null ? null : ObjectKind.valueOf(row.objectKind())),
                new PowerStep(row.maxPowerKw(), row.connectedPowerKw(), row.voltageLevel() == null ? null : VoltageLevel.valueOf(row.voltageLevel()),
                        row.reliabilityCategory() == null ? null : ReliabilityCategory.valueOf(row.reliabilityCategory()),
                        row.connectionKind() == null ? null : ConnectionKind.valueOf(row.connectionKind())),
                row.supplierOrganizationId() == null ? null : new OrganizationChoice(row.supplierOrganizationId(), row.supplierName()),
                row.fee(), all.stream().filter(d -> d.messageId() == null).toList(), history(row.id()), messages(row, all),
                status == ApplicationStatus.DRAFT || status == ApplicationStatus.INCOMPLETE ? missing(row, documentRows) : List.of(),
                actions(viewer, row));
    }

    // ---- messages

    /**
     * Writes to the thread (not on a draft): the applicant to the staff, the staff (grid company or
     * supplier) to the applicant; attachments are checked like documents (kind OTHER when not given).
     */
    public ApplicationMessage writeMessage(Viewer viewer, long applicationId, String text, List<NewDocument> attachments) {
        String body = trimmed(text);
        if (body == null) {
            throw new ValidationException(TEXT_REQUIRED);
        }
        checkLength(body);
        List<NewDocument> files = attachments == null ? List.of() : attachments;
        if (files.size() > MAX_ATTACHMENTS) {
            throw new ValidationException(TOO_MANY_ATTACHMENTS, MAX_ATTACHMENTS);
        }
        List<String> types = new ArrayList<>();
        for (NewDocument file : files) {
            if (file.kind() != null && GENERATED.contains(file.kind())) {
                throw new ValidationException(DOCUMENT_KIND_RESERVED, file.kind().name());
            }
            types.add(DocumentCheck.contentType(DocumentCheck.fileName(file.fileName()), file.bytes(), settings.maxDocumentBytes()));
        }
        Instant now = clock.instant();
        AuthorSide side = side(viewer);
        Object[] written = new Object[2];
        long messageId = Jdbc.inTransaction(dataSource, c -> {
            ApplicationRow row = lockVisible(c, viewer, applicationId);
            requireAllowed(viewer, row, WorkflowAction.WRITE_MESSAGE);
            MessageRow message = applications.addMessage(c, row.id(), row.number(), now, side.name(), viewer.userId(), body);
            for (int i = 0; i < files.size(); i++) {
                NewDocument file = files.get(i);
                applications.addDocument(c, new NewDocumentRow(row.id(), message.id(), (file.kind() == null ? DocumentKind.OTHER : file.kind()).name(),
                        DocumentCheck.fileName(file.fileName()), types.get(i), file.bytes(), sha256(file.bytes()), now, viewer.userId(),
                        side.name()));
            }
            written[0] = row;
            written[1] = message;
            return message.id();
        });
        ApplicationRow row = (ApplicationRow) written[0];
        MessageRow message = (MessageRow) written[1];
        if (side == AuthorSide.STAFF && row.applicantUserId() != null) {
            notifySafely(() -> notifier.messageReceived(row.applicantUserId(), row.id(), row.number(), message.number(), body, applicantLink(row.id())));
        }
        return messages(viewer, applicationId).stream().filter(m -> m.id() == messageId).findFirst().orElseThrow();
    }

    /** The thread, oldest first. */
    public List<ApplicationMessage> messages(Viewer viewer, long applicationId) {
        ApplicationRow row = visible(viewer, applicationId);
        return messages(row, applications.documents(row.id()).stream().map(ConnectionApplicationService::document).toList());
    }

    // ---- staff

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
                f.category() == null ? null : f.category().name(), f.overdueOnly() ? today : null, trimmed(f.text()));
        List<ApplicationSummary> items = applications.queue(query, page * size, size).stream().map(this::summary).toList();
        return new Page<>(items, page, size, applications.count(query));
    }

    /** SUBMITTED → UNDER_REVIEW. */
    public ApplicationDetail startReview(Viewer staff, long applicationId) {
        return transition(staff, applicationId, WorkflowAction.START_REVIEW, null, null);
    }

    /** SUBMITTED or UNDER_REVIEW → INCOMPLETE, asking for what is missing (text required, also posted to the thread). */
    public ApplicationDetail requestDocuments(Viewer staff, long applicationId, String text) {
        String body = requiredReason(text);
        return transition(staff, applicationId, WorkflowAction.REQUEST_DOCUMENTS, body,
                (c, row) -> applications.addMessage(c, row.id(), row.number(), clock.instant(), AuthorSide.STAFF.name(), staff.userId(), body));
    }

    /**
     * UNDER_REVIEW → OFFERED: requires a TECHNICAL_CONDITIONS document; calculates the fee and generates
     * the invoice and the contract, attached to the application.
     */
    public ApplicationDetail offer(Viewer staff, long applicationId) {
        return transition(staff, applicationId, WorkflowAction.OFFER, null, (c, row) -> {
            boolean conditions = applications.documents(c, row.id()).stream()
                    .anyMatch(d -> DocumentKind.TECHNICAL_CONDITIONS.name().equals(d.kind()));
            if (!conditions) {
                throw new ValidationException(NO_TECHNICAL_CONDITIONS);
            }
            Instant now = clock.instant();
            OfferDocuments.Offer offer = offers.make(facts(row, now));
            applications.setFee(c, row.id(), offer.fee());
            String number = row.number();
            applications.addDocument(c, new NewDocumentRow(row.id(), null, DocumentKind.INVOICE.name(), "invoice-" + number + ".pdf",
                    "application/pdf", offer.invoicePdf(), sha256(offer.invoicePdf()), now, staff.userId(), AuthorSide.STAFF.name()));
            applications.addDocument(c, new NewDocumentRow(row.id(), null, DocumentKind.CONTRACT.name(), "contract-" + number + ".pdf",
                    "application/pdf", offer.contractPdf(), sha256(offer.contractPdf()), now, staff.userId(), AuthorSide.STAFF.name()));
        });
    }

    /**
     * OFFERED → SIGNED for a paper application: the applicant signed the contract on paper in the
     * office; its scan is attached (PDF, JPG or PNG) as the record of the signature.
     */
    public ApplicationDetail signedOnPaper(Viewer staff, long applicationId, NewDocument signedContractScan) {
        Objects.requireNonNull(signedContractScan, "signedContractScan");
        String name = DocumentCheck.fileName(signedContractScan.fileName());
        String type = DocumentCheck.contentType(name, signedContractScan.bytes(), settings.maxDocumentBytes());
        return transition(staff, applicationId, WorkflowAction.SIGNED_ON_PAPER, null, (c, row) -> {
            if (!row.paper()) {
                throw new ValidationException(NOT_PAPER);
            }
            applications.addDocument(c, new NewDocumentRow(row.id(), null, DocumentKind.SCAN.name(), name, type, signedContractScan.bytes(),
                    sha256(signedContractScan.bytes()), clock.instant(), staff.userId(), AuthorSide.STAFF.name()));
        });
    }

    /**
     * The technical conditions drafted from the template with the application's data (UNDER_REVIEW),
     * for the grid company's staff to check and upload as the TECHNICAL_CONDITIONS document.
     */
    public DocumentContent draftTechnicalConditions(Viewer staff, long applicationId) {
        ApplicationRow row = visible(staff, applicationId);
        requireAllowed(staff, row, WorkflowAction.OFFER);
        return new DocumentContent("technical-conditions-" + row.number() + ".pdf", "application/pdf",
                offers.technicalConditions(facts(row, clock.instant())));
    }

    /** What the fee and the offer's documents are made of: the application's data whole. */
    private OfferFacts facts(ApplicationRow row, Instant now) {
        ApplicantRow applicant = applicants.byId(row.customerId()).orElseThrow();
        return new OfferFacts(row.id(), row.number(), LocalDate.ofInstant(row.submittedAt(), zone(row)), LocalDate.ofInstant(now, zone(row)),
                row.organizationId(), row.organizationName(), applications.organizationInn(row.organizationId()).orElse(null),
                ApplicantCategory.valueOf(applicant.kind()), applicant.fullName(), row.address(), row.cadastralNumber(), row.maxPowerKw(),
                row.connectedPowerKw(), VoltageLevel.valueOf(row.voltageLevel()), ReliabilityCategory.valueOf(row.reliabilityCategory()),
                ConnectionKind.valueOf(row.connectionKind()), row.supplierName());
    }

    /** SIGNED → PAID. */
    public ApplicationDetail markPaid(Viewer staff, long applicationId) {
        return transition(staff, applicationId, WorkflowAction.MARK_PAID, null, null);
    }

    /** PAID → IN_PROGRESS (the connection term started on payment keeps running). */
    public ApplicationDetail startWork(Viewer staff, long applicationId) {
        return transition(staff, applicationId, WorkflowAction.START_WORK, null, null);
    }

    /** IN_PROGRESS → CONNECTED. */
    public ApplicationDetail markConnected(Viewer staff, long applicationId) {
        return transition(staff, applicationId, WorkflowAction.MARK_CONNECTED, null, null);
    }

    /** Any submitted, non-final state → REFUSED, reason required. */
    public ApplicationDetail refuse(Viewer staff, long applicationId, String reason) {
        return transition(staff, applicationId, WorkflowAction.REFUSE, requiredReason(reason), null);
    }

    /**
     * A paper application registered by the grid company's staff on the applicant's behalf: a draft
     * marked as filed on paper, for an existing customer (by login) or a new applicant without a login;
     * staff then fill its steps, upload its scans and submit it.
     */
    public ApplicationDetail registerPaper(Viewer staff, PaperApplicant applicant) {
        if (!staff.role().staff()) {
            throw AccessDeniedException.staffOnly();
        }
        Objects.requireNonNull(applicant, "applicant");
        requireGridCompany(staff.organizationId());
        Long existing = null;
        if (trimmed(applicant.login()) != null) {
            UserAccount account = users.findByLogin(applicant.login())
                    .filter(u -> u.role() == Role.CUSTOMER)
                    .orElseThrow(() -> new ValidationException(NO_SUCH_APPLICANT, applicant.login().trim()));
            existing = applicants.byUser(account.id()).map(ApplicantRow::id)
                    .orElseThrow(() -> new ValidationException(NO_SUCH_APPLICANT, applicant.login().trim()));
        } else if (applicant.newApplicant() == null) {
            throw new ValidationException(NO_SUCH_APPLICANT, "");
        }
        Long customerId = existing;
        Instant now = clock.instant();
        long id = Jdbc.inTransaction(dataSource, c -> {
            long customer = customerId != null ? customerId : RegistrationService.createWithoutLogin(c, applicants, applicant.newApplicant(), now);
            long created = applications.create(c, staff.organizationId(), customer, true, staff.userId(), now, false, null);
            applications.changeStatus(c, created, null, ApplicationStatus.DRAFT.name(), now, staff.userId(), "paper", null, null);
            return created;
        });
        LOG.info("paper connection application {} registered by user {}", id, staff.userId());
        return application(staff, id);
    }

    // ---- the workflow

    @FunctionalInterface
    private interface Step {
        void run(Connection connection, ApplicationRow row) throws SQLException;
    }

    /**
     * Takes an action under the application's row lock: checks who and from which status, runs what it
     * needs, moves to the next status with its new term, records it; then tells the applicant.
     */
    private ApplicationDetail transition(Viewer viewer, long applicationId, WorkflowAction action, String reason, Step work) {
        Workflow.Rule rule = Workflow.rule(action);
        Instant now = clock.instant();
        ApplicationRow[] before = new ApplicationRow[1];
        LocalDate[] deadline = new LocalDate[1];
        Jdbc.inTransaction(dataSource, c -> {
            ApplicationRow row = lockVisible(c, viewer, applicationId);
            requireAllowed(viewer, row, action);
            if (work != null) {
                work.run(c, row);
            }
            ApplicationRow current = applications.lock(c, row.id()).orElseThrow();
            DeadlineStep step = Workflow.stepOn(rule.to());
            LocalDate due;
            String dueStep;
            if (step != null) {
                due = deadlines.deadline(ApplicantCategory.valueOf(current.applicantKind()), step, LocalDate.ofInstant(now, zone(current)));
                dueStep = step.name();
            } else if (rule.to() == ApplicationStatus.IN_PROGRESS) {
                due = current.deadline();
                dueStep = current.deadlineStep();
            } else {
                due = null;
                dueStep = null;
            }
            applications.changeStatus(c, current.id(), current.status(), rule.to().name(), now, viewer.userId(), reason, due, dueStep);
            before[0] = current;
            deadline[0] = due;
            return null;
        });
        ApplicationRow row = before[0];
        LOG.info("connection application {} {} -> {} by user {}", row.id(), row.status(), rule.to(), viewer.userId());
        if (row.applicantUserId() != null) {
            notifySafely(() -> notifier.statusChanged(row.applicantUserId(), row.id(), row.number(), ApplicationStatus.valueOf(row.status()),
                    rule.to(), reason, deadline[0], applicantLink(row.id())));
        }
        return application(viewer, applicationId);
    }

    /** A notifier's failure must not undo a committed change: it is logged (with its stack, a server error) and the change stands. */
    private static void notifySafely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("could not notify the applicant", e);
        }
    }

    /** Refuses the action unless the viewer may take it and the status allows it. */
    private void requireAllowed(Viewer viewer, ApplicationRow row, WorkflowAction action) {
        Workflow.Rule rule = Workflow.rule(action);
        if (!mayAct(viewer, row, rule.actor())) {
            throw new AccessDeniedException(NOT_PERMITTED);
        }
        ApplicationStatus status = ApplicationStatus.valueOf(row.status());
        if (!rule.from().contains(status)) {
            throw new TransitionRefusedException(action, status);
        }
        if (action == WorkflowAction.SIGN && row.applicantUserId() != null && row.applicantUserId() != viewer.userId()) {
            throw new AccessDeniedException(NOT_PERMITTED);
        }
    }

    /** The actions open to the viewer now. */
    private Set<WorkflowAction> actions(Viewer viewer, ApplicationRow row) {
        ApplicationStatus status = ApplicationStatus.valueOf(row.status());
        Set<WorkflowAction> open = EnumSet.noneOf(WorkflowAction.class);
        for (Map.Entry<WorkflowAction, Workflow.Rule> e : Workflow.RULES.entrySet()) {
            if (e.getValue().from().contains(status) && mayAct(viewer, row, e.getValue().actor())) {
                open.add(e.getKey());
            }
        }
        if (!row.paper()) {
            open.remove(WorkflowAction.SIGNED_ON_PAPER);
        }
        // only the applicant with a login signs, in the cabinet
        if (!(viewer.role() == Role.CUSTOMER && Objects.equals(row.applicantUserId(), viewer.userId()))) {
            open.remove(WorkflowAction.SIGN);
        }
        return open;
    }

    /**
     * The applicant's side is the owner, or the grid company's staff for a paper application; the
     * grid staff are the operators and administrators of the application's grid company.
     */
    private static boolean mayAct(Viewer viewer, ApplicationRow row, Workflow.Actor actor) {
        return switch (actor) {
            case APPLICANT -> isOwner(viewer, row) || (row.paper() && isGridStaff(viewer, row));
            case GRID_STAFF -> isGridStaff(viewer, row);
            case ANYONE -> true;
        };
    }

    private static boolean isOwner(Viewer viewer, ApplicationRow row) {
        return viewer.role() == Role.CUSTOMER && row.applicantUserId() != null && row.applicantUserId() == viewer.userId();
    }

    private static boolean isGridStaff(Viewer viewer, ApplicationRow row) {
        return viewer.role().staff() && Objects.equals(viewer.organizationId(), row.organizationId());
    }

    private static boolean isSupplierStaff(Viewer viewer, ApplicationRow row) {
        return viewer.role() == Role.SUPPLIER && row.supplierOrganizationId() != null
                && Objects.equals(viewer.organizationId(), row.supplierOrganizationId()) && !"DRAFT".equals(row.status());
    }

    private static boolean maySee(Viewer viewer, ApplicationRow row) {
        return isOwner(viewer, row) || isGridStaff(viewer, row) && (row.paper() || !"DRAFT".equals(row.status())) || isSupplierStaff(viewer, row);
    }

    private ApplicationRow visible(Viewer viewer, long applicationId) {
        return applications.byId(applicationId).filter(r -> maySee(viewer, r)).orElseThrow(() -> new AccessDeniedException(NOT_FOUND));
    }

    private ApplicationRow lockVisible(Connection c, Viewer viewer, long applicationId) throws SQLException {
        return applications.lock(c, applicationId).filter(r -> maySee(viewer, r)).orElseThrow(() -> new AccessDeniedException(NOT_FOUND));
    }

    /** Saves a step of the form: the applicant's side, while DRAFT or INCOMPLETE. */
    private void edit(Viewer viewer, long applicationId, Step save) {
        Jdbc.inTransaction(dataSource, c -> {
            ApplicationRow row = lockVisible(c, viewer, applicationId);
            requireAllowed(viewer, row, WorkflowAction.EDIT);
            save.run(c, row);
            return null;
        });
    }

    private static AuthorSide side(Viewer viewer) {
        return viewer.role() == Role.CUSTOMER ? AuthorSide.APPLICANT : AuthorSide.STAFF;
    }

    private void requireGridCompany(String organizationId) {
        if (organizationId == null || !GRID_COMPANY.equals(applications.organizationKind(organizationId).orElse(null))) {
            throw new ValidationException(NO_SUCH_ORGANIZATION, organizationId == null ? "" : organizationId);
        }
    }

    private void requireCodeSigningAllowed(ApplicationRow row) {
        if ("LEGAL_ENTITY".equals(row.applicantKind()) && !applications.codeSigningForLegalEntities(row.organizationId())) {
            throw new ValidationException(CODE_SIGNING_NOT_ALLOWED);
        }
    }

    /** The newest generated contract (a new offer replaces an older one). */
    private DocumentRow contract(long applicationId) {
        return applications.documents(applicationId).stream().filter(d -> DocumentKind.CONTRACT.name().equals(d.kind()))
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("application " + applicationId + " is OFFERED without a contract"));
    }

    private static String documentRef(DocumentRow contract) {
        return documentRef(contract.id());
    }

    /** What a submission lacks, step by step. */
    private List<MissingItem> missing(ApplicationRow row, List<DocumentRow> documents) {
        List<MissingItem> missing = new ArrayList<>();
        ApplicantRow applicant = applicants.byId(row.customerId()).orElseThrow();
        if (!ApplicantProfile.of(applicant).complete()) {
            missing.add(new MissingItem(ApplicationStep.APPLICANT, "connection.missing.profile"));
        }
        if (row.byRepresentative() && row.representativeName() == null) {
            missing.add(new MissingItem(ApplicationStep.APPLICANT, "connection.missing.representative"));
        }
        if (row.address() == null) {
            missing.add(new MissingItem(ApplicationStep.OBJECT, "connection.missing.address"));
        }
        if (row.cadastralNumber() == null) {
            missing.add(new MissingItem(ApplicationStep.OBJECT, "connection.missing.cadastral_number"));
        }
        if (row.objectKind() == null) {
            missing.add(new MissingItem(ApplicationStep.OBJECT, "connection.missing.object_kind"));
        }
        if (row.maxPowerKw() == null || row.voltageLevel() == null || row.reliabilityCategory() == null || row.connectionKind() == null) {
            missing.add(new MissingItem(ApplicationStep.POWER, "connection.missing.power"));
        }
        Set<String> kinds = new java.util.HashSet<>();
        documents.forEach(d -> kinds.add(d.kind()));
        List<DocumentKind> required = new ArrayList<>(List.of(DocumentKind.TITLE, DocumentKind.LOCATION_PLAN));
        if (row.byRepresentative()) {
            required.add(DocumentKind.POWER_OF_ATTORNEY);
        }
        for (DocumentKind kind : required) {
            if (!kinds.contains(kind.name())) {
                missing.add(new MissingItem(ApplicationStep.DOCUMENTS, "connection.missing.document." + kind.name()));
            }
        }
        if (row.supplierOrganizationId() == null) {
            missing.add(new MissingItem(ApplicationStep.DOCUMENTS, "connection.missing.supplier"));
        }
        return missing;
    }

    private ApplicationSummary summary(ApplicationRow row) {
        ApplicationStatus status = ApplicationStatus.valueOf(row.status());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone(row));
        boolean overdue = row.deadline() != null && !status.isFinal() && today.isAfter(row.deadline());
        ApplicantCategory category = ApplicantCategory.valueOf(row.applicantKind());
        return new ApplicationSummary(row.id(), row.number(), status, row.organizationId(), row.organizationName(), category,
                ApplicantProfile.displayName(category, row.applicantName()), row.address(), row.maxPowerKw(), row.supplierName(),
                row.createdAt(), row.submittedAt(), row.deadline(), row.deadlineStep() == null ? null : DeadlineStep.valueOf(row.deadlineStep()),
                overdue, row.paper());
    }

    private List<StatusChange> history(long applicationId) {
        return applications.changes(applicationId).stream().map(ConnectionApplicationService::change).toList();
    }

    private static StatusChange change(StatusChangeRow r) {
        return new StatusChange(r.fromStatus() == null ? null : ApplicationStatus.valueOf(r.fromStatus()), ApplicationStatus.valueOf(r.toStatus()),
                r.at(), r.userName(), "CUSTOMER".equals(r.userRole()) ? AuthorSide.APPLICANT : AuthorSide.STAFF, r.reason(), r.deadline(),
                r.deadlineStep() == null ? null : DeadlineStep.valueOf(r.deadlineStep()));
    }

    private List<ApplicationMessage> messages(ApplicationRow row, List<ApplicationDocument> documents) {
        return applications.messages(row.id()).stream()
                .map(m -> new ApplicationMessage(m.id(), m.number(), m.at(), AuthorSide.valueOf(m.authorSide()), m.authorName(), m.text(),
                        documents.stream().filter(d -> d.messageId() != null && d.messageId() == m.id()).toList()))
                .toList();
    }

    private List<ApplicationDocument> documents(long applicationId) {
        return applications.documents(applicationId).stream().map(ConnectionApplicationService::document).toList();
    }

    private static ApplicationDocument document(DocumentRow d) {
        return new ApplicationDocument(d.id(), DocumentKind.valueOf(d.kind()), d.fileName(), d.contentType(), d.size(), d.uploadedAt(),
                AuthorSide.valueOf(d.uploaderSide()), d.messageId());
    }

    private static ZoneId zone(ApplicationRow row) {
        return row.organizationTimeZone() == null ? ZoneOffset.UTC : ZoneId.of(row.organizationTimeZone());
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A reason the applicant will read: required, within the length. */
    private static String requiredReason(String text) {
        String reason = trimmed(text);
        if (reason == null) {
            throw new ValidationException(REASON_REQUIRED);
        }
        checkLength(reason);
        return reason;
    }

    private static void checkLength(String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new ValidationException(TEXT_TOO_LONG, MAX_TEXT);
        }
    }

    private static void checkLength(List<FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(FieldProblem.of(field, "registration.too_long", max));
        }
    }

    private static void rejectIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
