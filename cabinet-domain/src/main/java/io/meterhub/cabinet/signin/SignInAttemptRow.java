package io.meterhub.cabinet.signin;

import java.time.Instant;

/**
 * One attempt to sign in as stored.
 *
 * @param userId  the user the login names, null when there is none
 * @param outcome SUCCESS, FAILURE (a wrong password or an unknown login) or LOCKED (refused unchecked by the throttle)
 */
public record SignInAttemptRow(long id, String login, String address, Long userId, String outcome, String userAgent, Instant at) {
}
