package io.meterhub.cabinet.connection;

/**
 * Where a connection application stands. The workflow:
 * DRAFT → SUBMITTED → (INCOMPLETE ⇄ back to UNDER_REVIEW) → UNDER_REVIEW → OFFERED → SIGNED → PAID →
 * IN_PROGRESS → CONNECTED; CANCELLED by the applicant before signing, REFUSED by staff from any
 * state that is not final.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, INCOMPLETE, UNDER_REVIEW, OFFERED, SIGNED, PAID, IN_PROGRESS, CONNECTED, CANCELLED, REFUSED;

    public boolean isFinal() {
        return this == CONNECTED || this == CANCELLED || this == REFUSED;
    }
}
