package io.meterhub.dashboard.security;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/**
 * The login or the address is locked for now: the password was not checked. A LockedException, so Spring's provider
 * manager stops at it and no other provider checks the password either.
 */
public final class SignInThrottledException extends LockedException {
    private final transient Instant until;

    public SignInThrottledException(Instant until) {
        super("sign-in locked for now");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
