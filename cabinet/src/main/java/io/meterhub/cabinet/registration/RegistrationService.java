package io.meterhub.cabinet.registration;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.connection.ApplicantRepository;
import io.meterhub.cabinet.connection.ApplicantRow;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.identity.IdentifierKind;
import io.meterhub.cabinet.otp.CodeCheck;
import io.meterhub.cabinet.otp.CodePurpose;
import io.meterhub.cabinet.otp.IssuedCode;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.users.NewUser;
import io.meterhub.cabinet.users.PasswordPolicy;
import io.meterhub.cabinet.users.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applicants' registration: a self-service sign-up (a customer login with a BCrypt-hashed password,
 * made by {@link UserService}, and the applicant's profile), the profile checked at the door (SNILS,
 * INN, OGRN/OGRNIP check digits; the phone in E.164), and the phone confirmed by a one-time code sent
 * through the {@link CodeSender}.
 *
 * <p>A bad form is a {@link FormRejectedException} listing every field's problem; nothing is saved then.
 * Views carry personal data masked only.
 */
public final class RegistrationService {
    public static final String NO_PROFILE = "registration.no_profile";
    public static final String CODE_WRONG = "registration.code.wrong";
    public static final String CODE_EXPIRED = "registration.code.expired";
    public static final String CODE_TOO_MANY_ATTEMPTS = "registration.code.too_many_attempts";
    public static final String CODE_NONE_ISSUED = "registration.code.none_issued";
    public static final String CUSTOMERS_ONLY = "registration.customers_only";
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationService.class);

    private final Transactions transactions;
    private final Clock clock;
    private final OneTimeCodes codes;
    private final CodeSender sender;
    private final UserService users;
    private final ApplicantRepository applicants;

    public RegistrationService(Transactions transactions, UserService users, ApplicantRepository applicants, OneTimeCodes codes, CodeSender sender,
                               Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = clock;
        this.codes = Objects.requireNonNull(codes, "codes");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.users = Objects.requireNonNull(users, "users");
        this.applicants = Objects.requireNonNull(applicants, "applicants");
    }

    /**
     * Creates the login (role CUSTOMER) and its profile; returns the new user's id. The profile is
     * checked before the login is made, so a bad form leaves nothing behind.
     */
    public long signUp(SignUp signUp) {
        List<FieldProblem> problems = problems(signUp.profile());
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        PasswordPolicy.check(signUp.login(), signUp.password());
        String name = displayNameOf(signUp.profile());
        long userId = users.create(new NewUser(signUp.login(), signUp.password(), Role.CUSTOMER, name, signUp.locale(), null));
        try {
            transactions.inTransaction(tx -> applicants.create(tx, row(0, userId, signUp.profile(), null), clock.instant()));
        } catch (RuntimeException e) {
            // the login without its profile would be a half sign-up: take it back
            users.takeBack(userId);
            throw e;
        }
        LOG.info("applicant signed up: user {} ({})", userId, signUp.profile().category());
        return userId;
    }

    /** The viewer's profile, masked; empty when they have none yet. */
    public Optional<ApplicantProfile> profile(Viewer viewer) {
        return applicants.byUser(viewer.userId()).map(ApplicantProfile::of);
    }

    /** Creates or updates the viewer's profile; a changed phone must be confirmed again. */
    public ApplicantProfile saveProfile(Viewer viewer, ProfileForm form) {
        if (viewer.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(CUSTOMERS_ONLY);
        }
        List<FieldProblem> problems = problems(form);
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        Instant now = clock.instant();
        transactions.inTransaction(tx -> {
            Optional<ApplicantRow> existing = applicants.byUser(tx, viewer.userId());
            if (existing.isEmpty()) {
                return applicants.create(tx, row(0, viewer.userId(), form, null), now);
            }
            ApplicantRow old = existing.get();
            String phone = ProfileRules.phoneE164(form.phone()).orElseThrow();
            Instant confirmed = Objects.equals(phone, ProfileRules.phoneE164(old.phone()).orElse(null)) ? old.phoneConfirmedAt() : null;
            applicants.update(tx, row(old.id(), viewer.userId(), form, confirmed), now);
            return old.id();
        });
        return profile(viewer).orElseThrow();
    }

    /** Every problem of the form (empty when it is valid), for a page that checks before saving. */
    public static List<FieldProblem> problems(ProfileForm form) {
        return ProfileRules.problems(form);
    }

    /** The phone in E.164 ({@code +79271234567}) from the usual notations, or empty when it is not a phone number. */
    public static Optional<String> phoneE164(String phone) {
        return ProfileRules.phoneE164(phone);
    }

    /** Sends a one-time code to the profile's phone; returns when it expires. */
    public Instant sendPhoneCode(Viewer viewer) {
        ApplicantRow row = applicants.byUser(viewer.userId()).orElseThrow(() -> new ValidationException(NO_PROFILE));
        String phone = ProfileRules.phoneE164(row.phone()).orElseThrow(() -> new ValidationException(ProfileRules.PHONE_INVALID));
        IssuedCode issued = codes.issue(viewer.userId(), CodePurpose.PHONE_CONFIRMATION, phone);
        sender.sendCode(phone, issued.code());
        return issued.expiresAt();
    }

    /** Confirms the phone with the code; a wrong, expired or exhausted code is refused with one of this class's codes. */
    public ApplicantProfile confirmPhone(Viewer viewer, String code) {
        ApplicantRow row = applicants.byUser(viewer.userId()).orElseThrow(() -> new ValidationException(NO_PROFILE));
        String phone = ProfileRules.phoneE164(row.phone()).orElseThrow(() -> new ValidationException(ProfileRules.PHONE_INVALID));
        CodeCheck check = codes.verify(viewer.userId(), CodePurpose.PHONE_CONFIRMATION, phone, code == null ? "" : code.trim());
        switch (check) {
            case OK -> applicants.confirmPhone(row.id(), clock.instant());
            case WRONG -> throw new ValidationException(CODE_WRONG);
            case EXPIRED -> throw new ValidationException(CODE_EXPIRED);
            case TOO_MANY_ATTEMPTS -> throw new ValidationException(CODE_TOO_MANY_ATTEMPTS);
            case NONE_ISSUED -> throw new ValidationException(CODE_NONE_ISSUED);
        }
        return profile(viewer).orElseThrow();
    }

    /**
     * A new applicant without a login (a paper application registered by staff), inside the caller's
     * transaction; the form must be valid ({@link #problems}). Returns the customer id.
     */
    public static long createWithoutLogin(Tx tx, ApplicantRepository applicants, ProfileForm form, Instant at) {
        List<FieldProblem> problems = ProfileRules.problems(form);
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
        return applicants.create(tx, row(0, null, form, null), at);
    }

    /** The name of the login: the person, or the company. */
    static String displayNameOf(ProfileForm form) {
        return form.category() == ApplicantCategory.LEGAL_ENTITY ? form.companyName().trim() : form.fullName().trim();
    }

    /** The stored form of a valid profile: identifiers as digits, the phone in E.164. */
    private static ApplicantRow row(long id, Long userId, ProfileForm f, Instant phoneConfirmedAt) {
        boolean company = f.category() == ApplicantCategory.LEGAL_ENTITY;
        IdentifierKind innKind = company ? IdentifierKind.INN_LEGAL : IdentifierKind.INN_INDIVIDUAL;
        IdentifierKind ogrnKind = company ? IdentifierKind.OGRN : IdentifierKind.OGRNIP;
        return new ApplicantRow(id, userId, f.category().name(), company ? f.companyName().trim() : f.fullName().trim(),
                company ? f.fullName().trim() : null, ProfileRules.identifierValue(IdentifierKind.SNILS, f.snils()),
                ProfileRules.identifierValue(innKind, f.inn()), ProfileRules.identifierValue(ogrnKind, f.ogrn()),
                ProfileRules.phoneE164(f.phone()).orElseThrow(), ProfileRules.blank(f.email()) ? null : f.email().trim(),
                ProfileRules.blank(f.passport()) ? null : ProfileRules.passport(f.passport()).orElseThrow(), phoneConfirmedAt);
    }
}
