package io.meterhub.cabinet.help;

/** The pages staff edit that anyone may read, signed in or not. */
public enum PublicPageKind {
    /** The text beside the login form. */
    LOGIN,
    CONTACTS,
    ABOUT
}
