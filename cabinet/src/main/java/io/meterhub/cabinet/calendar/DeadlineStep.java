package io.meterhub.cabinet.calendar;

/**
 * A step of a connection application that has a term in working days, and who must act in it.
 * The figures live in {@code connection_deadline_rule}, per applicant category.
 */
public enum DeadlineStep {
    /** The grid company checks that a submitted application is complete. */
    COMPLETENESS_CHECK(Party.GRID_COMPANY),
    /** The applicant supplies the missing documents (п. 15: 20 working days). */
    MISSING_DOCUMENTS(Party.APPLICANT),
    /** The grid company sends the technical conditions, invoice and contract. */
    OFFER(Party.GRID_COMPANY),
    /** The applicant signs the offered contract. */
    SIGNING(Party.APPLICANT),
    /** The applicant pays the invoice. */
    PAYMENT(Party.APPLICANT),
    /** The grid company carries out the connection. */
    CONNECTION(Party.GRID_COMPANY);

    public enum Party { APPLICANT, GRID_COMPANY }

    private final Party party;

    DeadlineStep(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }
}
