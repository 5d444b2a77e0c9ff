package io.meterhub.cabinet.help;

import io.meterhub.cabinet.common.ValidationException;

/** The checks an editor's texts pass before they are stored; any bytes are accepted or refused with a reason, never a crash. */
final class HelpTexts {
    static final int MAX_TITLE = 200;
    static final String TITLE_TOO_LONG = "help.title_too_long";
    static final String BODY_TOO_LONG = "help.body_too_long";

    private HelpTexts() {
    }

    /** Blank is null; NUL and the other control characters but line breaks and tabs go (PostgreSQL refuses NUL). */
    static String cleaned(String text) {
        if (text == null) {
            return null;
        }
        String kept = text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replace("\r", "");
        return kept.isBlank() ? null : kept;
    }

    static String title(String text) {
        String title = cleaned(text);
        if (title == null) {
            return null;
        }
        title = title.replaceAll("\\s+", " ").trim();
        if (title.length() > MAX_TITLE) {
            throw new ValidationException(TITLE_TOO_LONG, MAX_TITLE);
        }
        return title;
    }

    static String body(String text) {
        String body = cleaned(text);
        if (body != null && body.length() > SafeMarkdown.MAX_CHARS) {
            throw new ValidationException(BODY_TOO_LONG, SafeMarkdown.MAX_CHARS);
        }
        return body;
    }
}
