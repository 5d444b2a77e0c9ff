package io.meterhub.cabinet.connection;

/**
 * What someone may do with an application now; {@link ApplicationDetail#actions()} lists those open
 * to the viewer, so that a page shows only the buttons that will work.
 */
public enum WorkflowAction {
    // the applicant (or staff on a paper application)
    EDIT, SUBMIT, RESUBMIT, SIGN, CANCEL,
    // the grid company's staff (SIGNED_ON_PAPER: a paper application's contract signed in the office)
    START_REVIEW, REQUEST_DOCUMENTS, OFFER, SIGNED_ON_PAPER, MARK_PAID, START_WORK, MARK_CONNECTED, REFUSE,
    // anyone who sees it (the applicant, the grid company's staff, the supplier's staff)
    WRITE_MESSAGE
}
