package io.meterhub.cabinet.twofactor;

import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.otp.CodeKey;
import io.meterhub.cabinet.users.UserAccount;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * The users' authenticator secrets: made, sealed ({@link SecretSeal}), confirmed by a first code, and checked with each
 * time step passing once.
 */
public final class AuthenticatorSecrets {
    public static final String ISSUER = "Meterhub";
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticatorSecrets.class);
    private static final int SECRET_BYTES = 20;

    private final SecondFactorRepository factors;
    private final SecretSeal seal;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public AuthenticatorSecrets(SecondFactorRepository factors, CodeKey key, Clock clock) {
        this.factors = factors;
        this.seal = new SecretSeal(key);
        this.clock = clock;
    }

    /** A new secret for the user's authenticator app; the one in use (if any) is replaced and waits for its first code. */
    public TotpEnrolment start(UserAccount user) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        factors.startTotp(user.id(), seal.seal(user.id(), secret), clock.instant());
        String text = Base32.encode(secret);
        return new TotpEnrolment(text, "otpauth://totp/" + enc(ISSUER + ":" + user.login()) + "?secret=" + text + "&issuer=" + enc(ISSUER)
                + "&algorithm=SHA1&digits=6&period=" + Totp.STEP_SECONDS);
    }

    /**
     * The first code confirms the new secret (its step is then used).
     *
     * @throws ValidationException {@link SecondFactors#WRONG_CODE} when it is not the secret's code now
     */
    public void confirm(UserAccount user, String code) {
        byte[] sealed = factors.find(user.id()).map(SecondFactorRow::sealedTotpSecret)
                .orElseThrow(() -> new ValidationException(SecondFactors.WRONG_CODE));
        Instant now = clock.instant();
        OptionalLong step = sealed == null ? OptionalLong.empty() : Totp.matchingStep(seal.open(user.id(), sealed), code, now);
        if (step.isEmpty()) {
            throw new ValidationException(SecondFactors.WRONG_CODE);
        }
        factors.confirmTotp(user.id(), step.getAsLong(), now);
    }

    /**
     * Sets up a secret that is known outside (the demo's staff, whose secrets README lists), confirmed and with no step
     * used yet.
     */
    public void enrolKnown(UserAccount user, String base32Secret) {
        factors.startTotp(user.id(), seal.seal(user.id(), Base32.decode(base32Secret)), clock.instant());
        factors.confirmTotp(user.id(), 0, clock.instant());
    }

    /** True when it is the user's confirmed authenticator's code now and its step had not been used; the step is then used. */
    boolean accept(SecondFactorRow row, String code) {
        if (row.totpConfirmedAt() == null || row.sealedTotpSecret() == null) {
            return false;
        }
        byte[] secret;
        try {
            secret = seal.open(row.userId(), row.sealedTotpSecret());
        } catch (IllegalStateException e) {
            // sealed under another MH_OTP_KEY: no code passes; a recovery code still does, then the user sets up the app again
            LOG.warn("{}", e.getMessage());
            return false;
        }
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        return step.isPresent() && factors.useTotpStep(row.userId(), step.getAsLong());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
