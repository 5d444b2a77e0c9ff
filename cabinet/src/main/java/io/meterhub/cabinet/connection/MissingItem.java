package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.common.Messages;

import java.util.Locale;

/**
 * Something a submission still lacks.
 *
 * @param step the form step to go back to
 * @param code a message key naming what is missing, e.g. {@code connection.missing.document.TITLE}
 */
public record MissingItem(ApplicationStep step, String code) {
    public String message(Locale locale) {
        return Messages.format(code, locale);
    }
}
