package io.meterhub.cabinet.twofactor;

/**
 * What a user has set up.
 *
 * @param totp          an authenticator app, confirmed
 * @param emailCode     a code by email at login
 * @param recoveryLeft  recovery codes not used yet
 * @param mustEnrol     staff under the required rule with no authenticator yet: set one up before anything else
 */
public record Factors(boolean totp, boolean emailCode, int recoveryLeft, boolean mustEnrol) {
    /** The login asks for a code (or an enrolment) after the password. */
    public boolean secondStepNeeded() {
        return totp || emailCode || mustEnrol;
    }
}
