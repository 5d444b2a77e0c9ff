package io.meterhub.cabinet.appeals;

/** registered → in work → answered → closed; the customer may reopen an answered or closed one for a while. */
public enum AppealStatus {
    REGISTERED, IN_WORK, ANSWERED, CLOSED;

    /** Still waiting for its answer: the deadline counts. */
    public boolean open() {
        return this == REGISTERED || this == IN_WORK;
    }
}
