package io.meterhub.cabinet.signin;

import java.time.Instant;

/**
 * Whether an attempt may have its password checked.
 *
 * @param lockedUntil null when it may; else when the next attempt will be checked
 */
public record Admission(Instant lockedUntil) {
    static final Admission OPEN = new Admission(null);

    public boolean admitted() {
        return lockedUntil == null;
    }
}
