package io.meterhub.cabinet.twofactor;

/**
 * A new authenticator secret to show once: as text (Base32, for typing) and as the {@code otpauth://} address the QR holds.
 * It is not used until its first code confirms it.
 */
public record TotpEnrolment(String secret, String uri) {
    /** The secret is never printed. */
    @Override
    public String toString() {
        return "TotpEnrolment[hidden]";
    }
}
