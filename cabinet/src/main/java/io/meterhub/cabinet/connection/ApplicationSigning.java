package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.otp.IssuedCode;
import io.meterhub.cabinet.registration.CodeSender;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.signing.SignatureService;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * OFFERED → SIGNED by the applicant in the cabinet: with a one-time code sent to the confirmed phone
 * (a simple electronic signature; a legal entity only where its grid company allows it) or with a
 * detached CAdES signature of the contract.
 */
public final class ApplicationSigning {
    private final ApplicationTransitions transitions;
    private final ApplicationQueries queries;
    private final ApplicationAccess access;
    private final ConnectionRepository applications;
    private final ApplicantRepository applicants;
    private final SignatureService signatures;
    private final CodeSender codeSender;

    public ApplicationSigning(ApplicationTransitions transitions, ApplicationQueries queries, ApplicationAccess access,
                              ConnectionRepository applications, ApplicantRepository applicants, SignatureService signatures,
                              CodeSender codeSender) {
        this.transitions = Objects.requireNonNull(transitions, "transitions");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.access = Objects.requireNonNull(access, "access");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.applicants = Objects.requireNonNull(applicants, "applicants");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.codeSender = Objects.requireNonNull(codeSender, "codeSender");
    }

    /** Sends a one-time signing code to the applicant's confirmed phone (OFFERED only); returns when it expires. */
    public Instant requestSigningCode(Viewer applicant, long applicationId) {
        ConnectionApplication a = access.visible(applicant, applicationId);
        access.requireAllowed(applicant, a, WorkflowAction.SIGN);
        requireCodeSigningAllowed(a);
        ApplicantRow profile = applicants.byId(a.customerId()).orElseThrow();
        Optional<String> phone = RegistrationService.phoneE164(profile.phone());
        if (profile.phoneConfirmedAt() == null || phone.isEmpty()) {
            throw ConnectionError.PHONE_NOT_CONFIRMED.refused();
        }
        IssuedCode issued = signatures.requestCode(applicant.userId(), ConnectionLinks.documentRef(contract(a.id()).id()));
        codeSender.sendCode(phone.get(), issued.code());
        return issued.expiresAt();
    }

    /**
     * OFFERED → SIGNED with a simple electronic signature: the contract's hash, the code, the person and
     * the time are recorded. A legal entity may do so only where its grid company allows it.
     */
    public ApplicationDetail signWithCode(Viewer applicant, long applicationId, String code) {
        transitions.take(applicant, applicationId, WorkflowAction.SIGN, null, (tx, a) -> {
            requireCodeSigningAllowed(a);
            DocumentRow contract = contract(a.id());
            byte[] bytes = applications.content(tx, contract.id()).orElseThrow();
            signatures.signWithCode(applicant.userId(), ConnectionLinks.documentRef(contract.id()), bytes, code == null ? "" : code.trim());
        });
        return queries.application(applicant, applicationId);
    }

    /** OFFERED → SIGNED with a detached CAdES signature of the contract, verified first. */
    public ApplicationDetail signWithCades(Viewer applicant, long applicationId, byte[] detachedCms) {
        if (detachedCms == null || detachedCms.length == 0) {
            throw ConnectionError.SIGNATURE_REFUSED.refused();
        }
        transitions.take(applicant, applicationId, WorkflowAction.SIGN, null, (tx, a) -> {
            DocumentRow contract = contract(a.id());
            byte[] bytes = applications.content(tx, contract.id()).orElseThrow();
            signatures.recordCades(applicant.userId(), ConnectionLinks.documentRef(contract.id()), bytes, detachedCms);
        });
        return queries.application(applicant, applicationId);
    }

    private void requireCodeSigningAllowed(ConnectionApplication a) {
        if (a.category() == ApplicantCategory.LEGAL_ENTITY && !applications.codeSigningForLegalEntities(a.organizationId())) {
            throw ConnectionError.CODE_SIGNING_NOT_ALLOWED.refused();
        }
    }

    /** The newest generated contract (a new offer replaces an older one). */
    private DocumentRow contract(long applicationId) {
        return applications.documents(applicationId).stream().filter(d -> DocumentKind.CONTRACT.name().equals(d.kind()))
                .reduce((a, b) -> b).orElseThrow(() -> new IllegalStateException("application " + applicationId + " is OFFERED without a contract"));
    }
}
