package io.meterhub.cabinet.signin;

import java.time.Instant;

/** A past attempt to sign in as the pages show it. */
public record SignIn(Instant at, String login, String address, String userAgent, SignInOutcome outcome) {
    static SignIn of(SignInAttemptRow row) {
        return new SignIn(row.at(), row.login(), row.address(), row.userAgent(), SignInOutcome.valueOf(row.outcome()));
    }
}
