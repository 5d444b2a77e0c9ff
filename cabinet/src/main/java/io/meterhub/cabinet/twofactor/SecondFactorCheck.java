package io.meterhub.cabinet.twofactor;

/** The outcome of a second-factor code typed at login. */
public enum SecondFactorCheck {
    OK,
    /** Not a valid code now (wrong, used already, expired); counted. */
    WRONG,
    /** Too many wrong codes lately: refused unchecked; the login starts over later. */
    TOO_MANY;

    public String messageKey() {
        return "twofactor.check." + name();
    }
}
