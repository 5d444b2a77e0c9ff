package io.meterhub.cabinet.twofactor;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.otp.CodeCheck;
import io.meterhub.cabinet.otp.CodeKey;
import io.meterhub.cabinet.otp.CodePurpose;
import io.meterhub.cabinet.otp.IssuedCode;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.signin.SignInAttempt;
import io.meterhub.cabinet.signin.SignInGuard;
import io.meterhub.cabinet.users.UserAccount;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * The second step of a login and its set-up. After the password a user with a factor types a code: the authenticator's
 * (any step within ±1, each step once), the emailed one (a {@link CodePurpose#SIGN_IN} one-time code) or a recovery code
 * (each once). Wrong codes are recorded in the sign-in history and limited by {@link SignInGuard#admitCode}. Staff must
 * have an authenticator when {@link SecondFactorPolicy#staffRequired()}. It knows nothing of how the password was
 * checked: it is asked after any provider said yes.
 */
public final class SecondFactors {
    public static final String EMAIL_SUBJECT = "sign-in";
    public static final String ISSUER = "Meterhub";
    public static final String WRONG_CODE = "twofactor.wrong_code";
    public static final String NO_EMAIL = "twofactor.no_email";
    private static final int SECRET_BYTES = 20;

    private final SecondFactorRepository factors;
    private final OneTimeCodes codes;
    private final EmailCodeSender email;
    private final SignInGuard guard;
    private final SecondFactorPolicy policy;
    private final SecretSeal seal;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SecondFactors(SecondFactorRepository factors, OneTimeCodes codes, EmailCodeSender email, SignInGuard guard, SecondFactorPolicy policy,
                         CodeKey key, Clock clock) {
        this.factors = factors;
        this.codes = codes;
        this.email = email;
        this.guard = guard;
        this.policy = policy;
        this.seal = new SecretSeal(key);
        this.clock = clock;
    }

    public Factors factors(UserAccount user) {
        var row = factors.find(user.id());
        boolean totp = row.map(r -> r.totpConfirmedAt() != null).orElse(false);
        boolean emailCode = row.map(r -> r.emailCode()).orElse(false);
        boolean staff = user.role() != Role.CUSTOMER;
        return new Factors(totp, emailCode, factors.unusedRecoveryCodes(user.id()), staff && policy.staffRequired() && !totp);
    }

    /** A new secret for the user's authenticator app; the one in use (if any) keeps working only until this one is confirmed. */
    public TotpEnrolment startTotp(UserAccount user) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return startTotp(user, secret);
    }

    /** The enrolment of a known secret (the demo seeds its staff so, see README). */
    public TotpEnrolment startTotp(UserAccount user, byte[] secret) {
        factors.startTotp(user.id(), seal.seal(user.id(), secret), clock.instant());
        String text = Base32.encode(secret);
        String label = enc(ISSUER + ":" + user.login());
        return new TotpEnrolment(text, "otpauth://totp/" + label + "?secret=" + text + "&issuer=" + enc(ISSUER) + "&algorithm=SHA1&digits=6&period="
                + Totp.STEP_SECONDS);
    }

    /**
     * The first code confirms the new secret; the user's recovery codes are made anew and returned to be shown once.
     *
     * @throws ValidationException {@link #WRONG_CODE} when it is not the secret's code now
     */
    public List<String> confirmTotp(UserAccount user, String code) {
        var row = factors.find(user.id()).filter(r -> r.sealedTotpSecret() != null)
                .orElseThrow(() -> new ValidationException(WRONG_CODE));
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(seal.open(user.id(), row.sealedTotpSecret()), digits(code), now);
        if (step.isEmpty()) {
            throw new ValidationException(WRONG_CODE);
        }
        factors.confirmTotp(user.id(), step.getAsLong(), now);
        return regenerateRecoveryCodes(user);
    }

    /** Ten new recovery codes to show once; the earlier ones stop working. */
    public List<String> regenerateRecoveryCodes(UserAccount user) {
        List<String> fresh = RecoveryCodes.generate();
        factors.replaceRecoveryCodes(user.id(), fresh.stream().map(c -> RecoveryCodes.hash(user.id(), c)).toList(), clock.instant());
        return fresh;
    }

    /** The customer switches the emailed login code on or off. */
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
        if (row.isEmpty() || code.length() != 6) {
            return false;
        }
        if (row.get().totpConfirmedAt() != null) {
            OptionalLong step = Totp.matchingStep(seal.open(user.id(), row.get().sealedTotpSecret()), code, clock.instant());
            if (step.isPresent() && factors.useTotpStep(user.id(), step.getAsLong())) {
                return true;
            }
        }
        return row.get().emailCode() && codes.verify(user.id(), CodePurpose.SIGN_IN, EMAIL_SUBJECT, code) == CodeCheck.OK;
    }

    private static String digits(String typed) {
        return typed == null ? "" : typed.replace(" ", "").strip();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
