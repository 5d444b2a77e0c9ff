package io.meterhub.cabinet.twofactor;

import java.time.Instant;

/**
 * A user's second factors as stored.
 *
 * @param sealedTotpSecret the authenticator's secret sealed by the cabinet (never in clear); null when none was set up
 * @param totpConfirmedAt  null while the enrolment waits for its first code
 * @param totpLastStep     the last TOTP time step accepted, null before the first: a code passes once
 * @param emailCode        a code by email is asked at login
 */
public record SecondFactorRow(long userId, byte[] sealedTotpSecret, Instant totpConfirmedAt, Long totpLastStep, boolean emailCode) {
    @Override
    public String toString() {
        return "SecondFactorRow[" + userId + ", totp=" + (totpConfirmedAt != null) + ", email=" + emailCode + "]";
    }
}
