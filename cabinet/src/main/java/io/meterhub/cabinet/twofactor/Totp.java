package io.meterhub.cabinet.twofactor;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import javax.crypto.spec.SecretKeySpec;
import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 as every authenticator app does it by default: HMAC-SHA1, 6 digits, 30-second steps. A code is accepted in
 * the step before and after the current one too (a phone's clock a little off, a code typed as it changes).
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    public static final int WINDOW = 1;
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

    private Totp() {
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code an authenticator app shows at {@code at} for this secret. */
    public static String code(byte[] secret, Instant at) {
        try {
            return String.format("%06d", GENERATOR.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"), at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret is any bytes", e);
        }
    }

    /** The code of a Base32 secret (as README and the app show it) at {@code at}: what tests and the demo's helpers type. */
    public static String code(String base32Secret, Instant at) {
        return code(Base32.decode(base32Secret), at);
    }

    /** The step within the window whose code this is, if any. */
    static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        long current = step(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            if (code(secret, Instant.ofEpochSecond(step * STEP_SECONDS)).equals(code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
