package io.meterhub.cabinet.notifications;

/**
 * Whom to reach and how: personal data (email, phone), never logged.
 *
 * @param phone E.164, null when none is known
 */
public record RecipientRow(long userId, String displayName, String email, String phone, String locale) {
    @Override
    public String toString() {
        return "RecipientRow[" + userId + "]";
    }
}
