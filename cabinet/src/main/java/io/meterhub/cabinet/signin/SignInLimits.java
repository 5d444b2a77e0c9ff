package io.meterhub.cabinet.signin;

import io.meterhub.cabinet.common.EnvironmentNumbers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How hard the throttle is, read from the environment by {@link #fromEnvironment}.
 *
 * <p>After {@code freeFailures} failed attempts in a row (since the last success, within {@code window}) each further
 * attempt on the login waits {@code firstDelay}, doubled with every failure, up to {@code maxLock}: with the defaults
 * 5 free, then 30 s, 1, 2, 4, 8 min ... and at most 15 min, so twenty guesses take hours, while the owner who mistyped
 * a few times waits seconds. An address that failed {@code addressFailures} times within {@code window} (any logins:
 * one trying many accounts) is locked for {@code maxLock} after its last failure. Our choice, close to what OWASP's
 * authentication cheat sheet suggests (lock after a few failures, growing, temporary).
 */
public record SignInLimits(int freeFailures, Duration firstDelay, Duration maxLock, int addressFailures, Duration window) {
    public static final List<String> VARIABLES = List.of("MH_LOGIN_FREE_FAILURES", "MH_LOGIN_FIRST_DELAY_SECONDS", "MH_LOGIN_MAX_LOCK_SECONDS",
            "MH_LOGIN_ADDRESS_FAILURES", "MH_LOGIN_WINDOW_HOURS");
    public static final SignInLimits DEFAULTS = new SignInLimits(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 50, Duration.ofHours(24));

    public SignInLimits {
        List<String> problems = problems(freeFailures, firstDelay, maxLock, addressFailures, window);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("sign-in limits: " + String.join("; ", problems));
        }
    }

    /**
     * {@code MH_LOGIN_FREE_FAILURES}, {@code MH_LOGIN_FIRST_DELAY_SECONDS}, {@code MH_LOGIN_MAX_LOCK_SECONDS},
     * {@code MH_LOGIN_ADDRESS_FAILURES}, {@code MH_LOGIN_WINDOW_HOURS}; each missing one takes its default.
     */
    public static SignInLimits fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int free = EnvironmentNumbers.wholeNumber(env, "MH_LOGIN_FREE_FAILURES", DEFAULTS.freeFailures, problems);
        long delay = EnvironmentNumbers.wholeNumber(env, "MH_LOGIN_FIRST_DELAY_SECONDS", (int) DEFAULTS.firstDelay.toSeconds(), problems);
        long lock = EnvironmentNumbers.wholeNumber(env, "MH_LOGIN_MAX_LOCK_SECONDS", (int) DEFAULTS.maxLock.toSeconds(), problems);
        int address = EnvironmentNumbers.wholeNumber(env, "MH_LOGIN_ADDRESS_FAILURES", DEFAULTS.addressFailures, problems);
        long window = EnvironmentNumbers.wholeNumber(env, "MH_LOGIN_WINDOW_HOURS", (int) DEFAULTS.window.toHours(), problems);
        if (problems.isEmpty()) {
            problems.addAll(problems(free, Duration.ofSeconds(delay), Duration.ofSeconds(lock), address, Duration.ofHours(window)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("sign-in limits: " + String.join("; ", problems));
        }
        return new SignInLimits(free, Duration.ofSeconds(delay), Duration.ofSeconds(lock), address, Duration.ofHours(window));
    }

    private static List<String> problems(int free, Duration delay, Duration lock, int address, Duration window) {
        List<String> problems = new ArrayList<>();
        if (free < 1 || free > 100) {
            problems.add("MH_LOGIN_FREE_FAILURES must be 1 to 100, got " + free);
        }
        if (delay == null || delay.isNegative() || delay.isZero()) {
            problems.add("MH_LOGIN_FIRST_DELAY_SECONDS must be positive");
        }
        if (lock == null || delay != null && lock.compareTo(delay) < 0) {
            problems.add("MH_LOGIN_MAX_LOCK_SECONDS must be at least the first delay");
        }
        if (address < free) {
            problems.add("MH_LOGIN_ADDRESS_FAILURES must be at least MH_LOGIN_FREE_FAILURES, got " + address);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            problems.add("MH_LOGIN_WINDOW_HOURS must be positive");
        }
        return problems;
    }
}
