package io.meterhub.cabinet.accountaccess;

import io.meterhub.cabinet.common.EnvironmentNumbers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How many wrong secrets are forgiven: {@code perAccount} wrong tries on one account (by anyone) and {@code perUser}
 * failed tries of one user (any accounts, unknown numbers too) within {@code window}; then the account, or the user,
 * waits until the oldest of those tries leaves the window. A six-digit PIN then takes years to guess.
 */
public record AttachLimits(int perAccount, int perUser, Duration window) {
    public static final List<String> VARIABLES = List.of("MH_ATTACH_FAILURES_PER_ACCOUNT", "MH_ATTACH_FAILURES_PER_USER", "MH_ATTACH_WINDOW_MINUTES");
    public static final AttachLimits DEFAULTS = new AttachLimits(5, 5, Duration.ofHours(1));

    public AttachLimits {
        if (perAccount < 1 || perAccount > 100 || perUser < 1 || perUser > 100) {
            throw new IllegalArgumentException("MH_ATTACH_FAILURES_PER_ACCOUNT and MH_ATTACH_FAILURES_PER_USER must be 1 to 100");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("MH_ATTACH_WINDOW_MINUTES must be positive");
        }
    }

    /** The variables of {@link #VARIABLES}; each missing one takes its default, a wrong one is refused naming it. */
    public static AttachLimits fromEnvironment(Map<String, String> env) {
        List<String> problems = new ArrayList<>();
        int account = EnvironmentNumbers.wholeNumber(env, VARIABLES.get(0), DEFAULTS.perAccount, problems);
        int user = EnvironmentNumbers.wholeNumber(env, VARIABLES.get(1), DEFAULTS.perUser, problems);
        int minutes = EnvironmentNumbers.wholeNumber(env, VARIABLES.get(2), (int) DEFAULTS.window.toMinutes(), problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("attach limits: " + String.join("; ", problems));
        }
        return new AttachLimits(account, user, Duration.ofMinutes(minutes));
    }
}
