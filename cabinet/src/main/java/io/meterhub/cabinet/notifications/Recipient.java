package io.meterhub.cabinet.notifications;

import java.util.Locale;
import java.util.Objects;

/**
 * Whom a notification reaches. The email and phone are personal data: a channel uses them to deliver
 * and never logs them.
 *
 * @param email null when the person gave none (that channel then skips them)
 * @param phone E.164 form, null when the person gave none
 */
public record Recipient(long userId, String displayName, String email, String phone, Locale locale) {
    /** Personal data (name, SNILS, passport, phone, email) never goes into a log line through this record. */
    @Override
    public String toString() {
        return "Recipient[user " + userId + ", " + locale + "]";
    }

    public Recipient {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(locale, "locale");
    }
}
