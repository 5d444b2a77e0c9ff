package io.meterhub.cabinet.accountaccess;

/** How a try to attach an account ended; each is recorded. */
public enum AttachOutcome {
    ATTACHED, WRONG_SECRET, NO_SUCH_ACCOUNT, LOCKED
}
