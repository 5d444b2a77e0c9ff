package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Tx;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The application's way through the grid company (Decree 861): submission with its registration
 * number, the review, the request for missing documents, the offer with its fee, invoice and contract,
 * payment, work, connection; cancellation and refusal. Signing is {@link ApplicationSigning}'s.
 * Each step is a transition of {@link ConnectionApplication}, recorded and reported to the applicant.
 */
public final class ApplicationWorkflow {
    private final ApplicationTransitions transitions;
    private final ApplicationThread messages;
    private final ApplicationQueries queries;
    private final ApplicationAccess access;
    private final ConnectionRepository applications;
    private final ApplicantRepository applicants;
    private final OfferDocuments offers;
    private final ConnectionSettings settings;
    private final Clock clock;

    public ApplicationWorkflow(ApplicationTransitions transitions, ApplicationThread messages, ApplicationQueries queries, ApplicationAccess access, ConnectionRepository applications,
                        ApplicantRepository applicants, OfferDocuments offers, ConnectionSettings settings, Clock clock) {
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.access = Objects.requireNonNull(access, "access");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.applicants = Objects.requireNonNull(applicants, "applicants");
        this.offers = Objects.requireNonNull(offers, "offers");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** DRAFT → SUBMITTED: assigns the registration number; refused with {@link ConnectionError#INCOMPLETE} naming what is missing. */
    public ApplicationDetail submit(Viewer viewer, long applicationId) {
        return take(viewer, applicationId, WorkflowAction.SUBMIT, null, (tx, a) -> {
            requireComplete(tx, a);
            Instant now = clock.instant();
            int year = a.today(now).getYear();
            String number = "ТП-" + year + "-" + String.format("%06d", applications.nextInSeries(tx, year));
            applications.number(tx, a.id(), number, now);
        });
    }

    /** INCOMPLETE → UNDER_REVIEW once the applicant has supplied what was asked for (the required documents must be there). */
    public ApplicationDetail resubmit(Viewer applicant, long applicationId) {
        return take(applicant, applicationId, WorkflowAction.RESUBMIT, null, this::requireComplete);
    }

    /** Any state before SIGNED → CANCELLED, by the applicant (reason optional). */
    public ApplicationDetail cancel(Viewer applicant, long applicationId, String reason) {
        String why = FormTexts.trimmed(reason);
        FormTexts.checkLength(why);
        return take(applicant, applicationId, WorkflowAction.CANCEL, why, null);
    }

    /** SUBMITTED → UNDER_REVIEW. */
    public ApplicationDetail startReview(Viewer staff, long applicationId) {
        return take(staff, applicationId, WorkflowAction.START_REVIEW, null, null);
    }

    /** SUBMITTED or UNDER_REVIEW → INCOMPLETE, asking for what is missing (text required, also posted to the thread). */
    public ApplicationDetail requestDocuments(Viewer staff, long applicationId, String text) {
        String body = FormTexts.requiredReason(text);
        return take(staff, applicationId, WorkflowAction.REQUEST_DOCUMENTS, body,
                (tx, a) -> messages.post(tx, a, staff, body, List.of()));
    }

    /**
     * UNDER_REVIEW → OFFERED: requires a TECHNICAL_CONDITIONS document; calculates the fee and generates
     * the invoice and the contract, attached to the application.
     */
    public ApplicationDetail offer(Viewer staff, long applicationId) {
        return take(staff, applicationId, WorkflowAction.OFFER, null, (tx, a) -> {
            boolean conditions = applications.documents(tx, a.id()).stream()
                    .anyMatch(d -> DocumentKind.TECHNICAL_CONDITIONS.name().equals(d.kind()));
            if (!conditions) {
                throw ConnectionError.NO_TECHNICAL_CONDITIONS.refused();
            }
            Instant now = clock.instant();
            OfferDocuments.Offer offer = offers.make(facts(a, now));
            applications.setFee(tx, a.id(), offer.fee());
            applications.addDocument(tx, DocumentCheck.stored(a.id(), DocumentKind.INVOICE, "invoice-" + a.number() + ".pdf",
                    "application/pdf", offer.invoicePdf(), now, staff.userId(), AuthorSide.STAFF));
            applications.addDocument(tx, DocumentCheck.stored(a.id(), DocumentKind.CONTRACT, "contract-" + a.number() + ".pdf",
                    "application/pdf", offer.contractPdf(), now, staff.userId(), AuthorSide.STAFF));
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
        return take(staff, applicationId, WorkflowAction.SIGNED_ON_PAPER, null, (tx, a) -> {
            if (!a.paper()) {
                throw ConnectionError.NOT_PAPER.refused();
            }
            applications.addDocument(tx, DocumentCheck.stored(a.id(), DocumentKind.SCAN, name, type, signedContractScan.bytes(),
                    clock.instant(), staff.userId(), AuthorSide.STAFF));
        });
    }

    /**
     * The technical conditions drafted from the template with the application's data (UNDER_REVIEW),
     * for the grid company's staff to check and upload as the TECHNICAL_CONDITIONS document.
     */
    public DocumentContent draftTechnicalConditions(Viewer staff, long applicationId) {
        ConnectionApplication a = access.visible(staff, applicationId);
        access.requireAllowed(staff, a, WorkflowAction.OFFER);
        return new DocumentContent("technical-conditions-" + a.number() + ".pdf", "application/pdf",
                offers.technicalConditions(facts(a, clock.instant())));
    }

    /** SIGNED → PAID. */
    public ApplicationDetail markPaid(Viewer staff, long applicationId) {
        return take(staff, applicationId, WorkflowAction.MARK_PAID, null, null);
    }

    /** PAID → IN_PROGRESS (the connection term started on payment keeps running). */
    public ApplicationDetail startWork(Viewer staff, long applicationId) {
        return take(staff, applicationId, WorkflowAction.START_WORK, null, null);
    }

    /** IN_PROGRESS → CONNECTED. */
    public ApplicationDetail markConnected(Viewer staff, long applicationId) {
        return take(staff, applicationId, WorkflowAction.MARK_CONNECTED, null, null);
    }

    /** Any submitted, non-final state → REFUSED, reason required. */
    public ApplicationDetail refuse(Viewer staff, long applicationId, String reason) {
        return take(staff, applicationId, WorkflowAction.REFUSE, FormTexts.requiredReason(reason), null);
    }

    private ApplicationDetail take(Viewer viewer, long applicationId, WorkflowAction action, String reason, ApplicationTransitions.Work work) {
        transitions.take(viewer, applicationId, action, reason, work);
        return queries.application(viewer, applicationId);
    }

    private void requireComplete(Tx tx, ConnectionApplication a) {
        ApplicantRow applicant = applicants.byId(a.customerId()).orElseThrow();
        List<MissingItem> missing = Completeness.missing(a, applicant, applications.documents(tx, a.id()));
        if (!missing.isEmpty()) {
            throw new ApplicationIncompleteException(missing);
        }
    }

    /** What the fee and the offer's documents are made of: the application's data whole. */
    private OfferFacts facts(ConnectionApplication a, Instant now) {
        ApplicantRow applicant = applicants.byId(a.customerId()).orElseThrow();
        return new OfferFacts(a.id(), a.number(), LocalDate.ofInstant(a.submittedAt(), a.zone()), a.today(now),
                a.organizationId(), a.organizationName(), applications.organizationInn(a.organizationId()).orElse(null),
                io.meterhub.cabinet.connectionfee.ApplicantCategory.valueOf(applicant.kind()), applicant.fullName(), a.address(),
                a.cadastralNumber(), a.maxPowerKw(), a.connectedPowerKw(), a.voltage(), a.reliability(), a.connectionKind(), a.supplierName());
    }
}
