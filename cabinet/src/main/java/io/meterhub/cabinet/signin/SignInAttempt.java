package io.meterhub.cabinet.signin;

/**
 * Who tries to sign in, as the server saw them: the login as typed, the peer's address and the browser's own name.
 * Each is cleaned and capped before it is stored: any bytes may come.
 */
public record SignInAttempt(String login, String address, String userAgent) {
    static final int MAX_LOGIN = 100;
    static final int MAX_ADDRESS = 64;
    static final int MAX_AGENT = 300;

    public SignInAttempt {
        login = clean(login, MAX_LOGIN).toLowerCase(java.util.Locale.ROOT);
        address = clean(address, MAX_ADDRESS);
        userAgent = userAgent == null ? null : clean(userAgent, MAX_AGENT);
    }

    /** Control characters (and so NUL, which PostgreSQL's text refuses) become spaces; surrounding blanks go. */
    private static String clean(String value, int max) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max));
        value.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c == 0xFFFD ? ' ' : c));
        return out.toString().strip();
    }
}
