package io.meterhub.cabinet.twofactor;

import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.otp.CodeCheck;
import io.meterhub.cabinet.otp.CodePurpose;
import io.meterhub.cabinet.otp.IssuedCode;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.signin.SignInAttempt;
import io.meterhub.cabinet.signin.SignInGuard;
import io.meterhub.cabinet.users.UserAccount;

import java.time.Clock;
import java.util.List;

/**
 * The second step of a login and its set-up. After the password a user with a factor types a code: the authenticator's
 * (any step within ±1, each step once), the emailed one (a {@link CodePurpose#SIGN_IN} one-time code) or a recovery code
 * (each once). Wrong codes are recorded in the sign-in history and limited by {@link SignInGuard#admitCode}. Staff
 * (anyone working for an organization) must have an authenticator when {@link SecondFactorPolicy#staffRequired()}. It
 * knows nothing of how the password was checked: it is asked after any provider said yes.
 */
public final class SecondFactors {
    public static final String EMAIL_SUBJECT = "sign-in";
    public static final String WRONG_CODE = "twofactor.wrong_code";
    public static final String NO_EMAIL = "twofactor.no_email";

    private final SecondFactorRepository factors;
    private final AuthenticatorSecrets authenticators;
    private final OneTimeCodes codes;
    private final EmailCodeSender email;
    private final SignInGuard guard;
    private final SecondFactorPolicy policy;
    private final Clock clock;

    public SecondFactors(SecondFactorRepository factors, AuthenticatorSecrets authenticators, OneTimeCodes codes, EmailCodeSender email,
                         SignInGuard guard, SecondFactorPolicy policy, Clock clock) {
        this.factors = factors;
        this.authenticators = authenticators;
        this.codes = codes;
        this.email = email;
        this.guard = guard;
        this.policy = policy;
        this.clock = clock;
    }

    public Factors factors(UserAccount user) {
        var row = factors.find(user.id());
        boolean totp = row.map(r -> r.totpConfirmedAt() != null).orElse(false);
        boolean emailCode = row.map(SecondFactorRow::emailCode).orElse(false);
        boolean staff = user.role().worksForOrganization();
        return new Factors(totp, emailCode, factors.unusedRecoveryCodes(user.id()), staff && policy.staffRequired() && !totp);
    }

    /** A new secret for the user's authenticator app, to be confirmed by {@link #confirmTotp}. */
    public TotpEnrolment startTotp(UserAccount user) {
        return authenticators.start(user);
    }

    /**
     * The first code confirms the new secret; the user's recovery codes are made anew and returned to be shown once.
     *
     * @throws ValidationException {@link #WRONG_CODE} when it is not the secret's code now
     */
    public List<String> confirmTotp(UserAccount user, String code) {
        authenticators.confirm(user, digits(code));
        return regenerateRecoveryCodes(user);
    }

    /** Ten new recovery codes to show once; the earlier ones stop working. */
    public List<String> regenerateRecoveryCodes(UserAccount user) {
        List<String> fresh = RecoveryCodes.generate();
        factors.replaceRecoveryCodes(user.id(), fresh.stream().map(c -> RecoveryCodes.hash(user.id(), c)).toList(), clock.instant());
        return fresh;
    }

    /** The user switches the emailed login code on or off. */
    public void setEmailCode(UserAccount user, boolean on) {
        factors.setEmailCode(user.id(), on, clock.instant());
    }

    /**
     * Emails a login code to a user who has the email code switched on.
     *
     * @throws ValidationException the one-time codes' cooldown and caps; {@link #NO_EMAIL} when it could not be sent
     */
    public IssuedCode sendEmailCode(UserAccount user) {
        if (!factors(user).emailCode()) {
            throw new ValidationException(NO_EMAIL);
        }
        IssuedCode issued = codes.issue(user.id(), CodePurpose.SIGN_IN, EMAIL_SUBJECT);
        if (!email.send(user.id(), issued.code())) {
            throw new ValidationException(NO_EMAIL);
        }
        return issued;
    }

    /** The code typed after the password: the authenticator's, the emailed one or a recovery code. */
    public SecondFactorCheck verify(UserAccount user, SignInAttempt attempt, String typed) {
        if (!guard.admitCode(attempt, user.id())) {
            return SecondFactorCheck.TOO_MANY;
        }
        if (matches(user, typed)) {
            authenticated(user.id());
            return SecondFactorCheck.OK;
        }
        guard.codeFailed(attempt, user.id());
        return SecondFactorCheck.WRONG;
    }

    /** The user proved who they are now (the whole login, or the password asked again before signing). */
    public void authenticated(long userId) {
        factors.authenticated(userId, clock.instant());
    }

    private boolean matches(UserAccount user, String typed) {
        if (RecoveryCodes.looksLikeOne(typed)) {
            return factors.useRecoveryCode(user.id(), RecoveryCodes.hash(user.id(), typed), clock.instant());
        }
        String code = digits(typed);
        var row = factors.find(user.id());
        if (row.isEmpty() || !code.matches("\\d{6}")) {
            return false;
        }
        return authenticators.accept(row.get(), code)
                || row.get().emailCode() && codes.verify(user.id(), CodePurpose.SIGN_IN, EMAIL_SUBJECT, code) == CodeCheck.OK;
    }

    private static String digits(String typed) {
        return typed == null ? "" : typed.replace(" ", "").strip();
    }
}
