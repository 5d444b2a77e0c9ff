package io.meterhub.cabinet.otp;

/** The outcome of checking a one-time code. */
public enum CodeCheck {
    /** The right code, in time; it is used up. */
    OK,
    /** Not the code; the attempt is counted. */
    WRONG,
    /** The code's time has passed: ask for a new one. */
    EXPIRED,
    /** Too many wrong attempts on this code: ask for a new one. */
    TOO_MANY_ATTEMPTS,
    /** No code to check: none was issued, or the last one was used already. */
    NONE_ISSUED;

    /** The message key telling the user what happened ({@code otp.check.OK}, ...). */
    public String messageKey() {
        return "otp.check." + name();
    }
}
