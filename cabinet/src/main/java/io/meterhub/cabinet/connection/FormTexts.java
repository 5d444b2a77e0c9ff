package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.registration.FieldProblem;
import io.meterhub.cabinet.registration.FormRejectedException;

import java.util.List;

/** The checks of free text the applicant or staff type: trimmed, within the length, required where the reader needs it. */
final class FormTexts {
    /** The longest reason or message. */
    static final int MAX_TEXT = 4000;

    private FormTexts() {
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A reason the applicant will read: required, within the length. */
    static String requiredReason(String text) {
        String reason = trimmed(text);
        if (reason == null) {
            throw ConnectionError.REASON_REQUIRED.refused();
        }
        checkLength(reason);
        return reason;
    }

    static void checkLength(String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw ConnectionError.TEXT_TOO_LONG.refused(MAX_TEXT);
        }
    }

    static void checkLength(List<FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(FieldProblem.of(field, "registration.too_long", max));
        }
    }

    static void rejectIf(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
    }
}
