package io.meterhub.cabinet.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The throttle in front of the password check. {@link #admit} is asked first: while the login or the address is
 * locked the attempt is recorded as LOCKED and refused without the password being compared (a guess then tells the
 * guesser nothing, and costs the server no hash). Every checked attempt is then recorded as a success or a failure.
 */
public final class SignInGuard {
    /** Five wrong second-factor codes an hour (as many as one-time codes allow): a six-digit code then takes years to guess. */
    public static final int CODE_FAILURES = 5;
    public static final Duration CODE_WINDOW = Duration.ofHours(1);

    private final SignInRepository attempts;
    private final SignInLimits limits;
    private final Clock clock;

    public SignInGuard(SignInRepository attempts, SignInLimits limits, Clock clock) {
        this.attempts = attempts;
        this.limits = limits;
        this.clock = clock;
    }

    /** May the password of this attempt be checked now? A refusal is recorded (with the user the login names, if any). */
    public Admission admit(SignInAttempt attempt, Long userId) {
        Instant now = clock.instant();
        Instant since = now.minus(limits.window());
        Instant until = later(loginLockedUntil(attempts.failuresSinceSuccess(attempt.login(), since)),
                addressLockedUntil(attempts.addressFailures(attempt.address(), since)));
        if (until == null || !now.isBefore(until)) {
            return Admission.OPEN;
        }
        attempts.record(attempt.login(), attempt.address(), userId, SignInOutcome.LOCKED.name(), attempt.userAgent(), now);
        return new Admission(until);
    }

    public void succeeded(SignInAttempt attempt, long userId) {
        attempts.record(attempt.login(), attempt.address(), userId, SignInOutcome.SUCCESS.name(), attempt.userAgent(), clock.instant());
    }

    /** @param userId the user the login names, null for an unknown login */
    public void failed(SignInAttempt attempt, Long userId) {
        attempts.record(attempt.login(), attempt.address(), userId, SignInOutcome.FAILURE.name(), attempt.userAgent(), clock.instant());
    }

    /**
     * May a second-factor code of this user be checked now? Its own limit ({@link #CODE_FAILURES} wrong codes in
     * {@link #CODE_WINDOW}), not reset by a right password: knowing the password buys no more guesses. A refusal is recorded.
     */
    public boolean admitCode(SignInAttempt attempt, long userId) {
        Instant now = clock.instant();
        if (attempts.codeFailures(userId, now.minus(CODE_WINDOW)) < CODE_FAILURES) {
            return true;
        }
        attempts.record(attempt.login(), attempt.address(), userId, SignInOutcome.LOCKED.name(), attempt.userAgent(), now);
        return false;
    }

    public void codeFailed(SignInAttempt attempt, long userId) {
        attempts.record(attempt.login(), attempt.address(), userId, SignInOutcome.CODE_FAILURE.name(), attempt.userAgent(), clock.instant());
    }

    /** {@code freeFailures} pass; then each failure waits the first delay, doubled per failure beyond, capped at the maximum lock. */
    private Instant loginLockedUntil(List<Instant> failures) {
        int beyond = failures.size() - limits.freeFailures();
        if (beyond < 0) {
            return null;
        }
        Duration wait = limits.firstDelay().multipliedBy(1L << Math.min(beyond, 30));
        if (wait.compareTo(limits.maxLock()) > 0 || wait.isNegative()) {
            wait = limits.maxLock();
        }
        return failures.get(0).plus(wait);
    }

    private Instant addressLockedUntil(List<Instant> failures) {
        return failures.size() < limits.addressFailures() ? null : failures.get(0).plus(limits.maxLock());
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
