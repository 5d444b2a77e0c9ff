package io.meterhub.cabinet.appeals;

/** What may be done with an appeal: the staff's actions and the customer's. */
public enum AppealAction {
    TAKE, COMMENT, ANSWER, CLOSE, WRITE, REOPEN
}
