package io.meterhub.cabinet.notices;

/**
 * Staff's text as it is kept: control characters dropped (PostgreSQL refuses a NUL in text, and the others only hide what a
 * customer reads), line breaks and tabs kept where a text may have lines.
 */
final class PlainText {
    private PlainText() {
    }

    static String lines(String text) {
        return clean(text, true);
    }

    static String line(String text) {
        return clean(text, false);
    }

    private static String clean(String text, boolean lines) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (lines && (c == '\n' || c == '\t')) {
                kept.appendCodePoint(c);
            } else if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                kept.append(c == '\n' || c == '\t' ? " " : "");
            } else {
                kept.appendCodePoint(c);
            }
        });
        return kept.toString().strip();
    }
}
