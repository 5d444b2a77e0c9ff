package io.meterhub.cabinet.signin;

/** What became of an attempt to sign in. */
public enum SignInOutcome {
    SUCCESS,
    /** A wrong password or an unknown login: the two are never told apart to the one who tries. */
    FAILURE,
    /** Refused by the throttle without the password being checked. */
    LOCKED,
    /** The password was right but the second factor's code was not (a TOTP, email or recovery code). */
    CODE_FAILURE
}
