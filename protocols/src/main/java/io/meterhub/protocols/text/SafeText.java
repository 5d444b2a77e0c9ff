package io.meterhub.protocols.text;

/**
 * Makes text that came from outside safe for where it goes. Any byte sequence may arrive in any field
 * of an uplink; PostgreSQL's {@code text} refuses NUL and {@code jsonb} refuses the {@code \u0000}
 * escape, and a newline in a log line forges the next line. Each method keeps what it is given
 * readable and never throws.
 */
public final class SafeText {
    /** The longest field a log line quotes: enough to recognise an id, never a whole payload. */
    public static final int LOG_FIELD_CHARS = 200;

    private SafeText() {
    }

    /** For a PostgreSQL {@code text} column: NUL is written as the six characters {@code \u0000}. */
    public static String forDatabase(String text) {
        if (text == null || text.indexOf('\0') < 0) {
            return text;
        }
        return text.replace("\0", "\\u0000");
    }

    /**
     * For a {@code jsonb} value given as JSON text: PostgreSQL refuses the {@code \u0000} escape, so it
     * becomes U+FFFD, the replacement character (the JSON stays valid either way).
     */
    public static String forJsonb(String json) {
        if (json == null) {
            return null;
        }
        String text = forDatabase(json);
        return text.contains("\\u0000") ? text.replace("\\u0000", "\\ufffd") : text;
    }

    /** For a log line: control characters escaped, so one field stays on one line, and at most {@link #LOG_FIELD_CHARS}. */
    public static String forLog(String text) {
        if (text == null) {
            return "null";
        }
        String bounded = excerpt(text, LOG_FIELD_CHARS);
        StringBuilder out = null;
        for (int i = 0; i < bounded.length(); i++) {
            char c = bounded.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029;
            if (control && out == null) {
                out = new StringBuilder(bounded.length() + 16).append(bounded, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? bounded : out.toString();
    }

    /**
     * At most {@code maxChars} characters of the text, with how much was cut; a surrogate pair is never
     * split, so the excerpt is still well-formed Unicode.
     */
    public static String excerpt(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "… (" + (text.length() - end) + " more characters)";
    }

    /** Whether the text holds a control character (C0, DEL, C1), which no identifier may contain. */
    public static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a surrogate without its pair: no UTF-8 encoder can write it. */
    public static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text with every unpaired surrogate replaced by U+FFFD, so that it can be encoded as UTF-8. */
    public static String wellFormed(String text) {
        if (text == null || !hasUnpairedSurrogate(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\ufffd' : c);
            }
        }
        return out.toString();
    }
}
