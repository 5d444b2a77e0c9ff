package io.meterhub.cabinet.twofactor;

import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signing asks that the user proved who they are (password or second factor) within the last {@link #WINDOW}: a
 * session left open on a shared computer does not sign. The moment is kept per user when the login completes and when
 * the password is asked again ({@link SecondFactors#authenticated}); the signing services ask {@link #require}.
 */
public final class Reauthentication {
    public static final Duration WINDOW = Duration.ofMinutes(5);
    public static final String NEEDED = "twofactor.reauthenticate";

    private final SecondFactorRepository factors;
    private final Clock clock;

    public Reauthentication(SecondFactorRepository factors, Clock clock) {
        this.factors = factors;
        this.clock = clock;
    }

    public boolean recent(long userId) {
        Instant now = clock.instant();
        return factors.lastAuthenticated(userId).map(at -> !at.plus(WINDOW).isBefore(now)).orElse(false);
    }

    /** @throws ValidationException {@link #NEEDED} when the user must enter the password again first */
    public void require(long userId) {
        if (!recent(userId)) {
            throw new ValidationException(NEEDED);
        }
    }
}
