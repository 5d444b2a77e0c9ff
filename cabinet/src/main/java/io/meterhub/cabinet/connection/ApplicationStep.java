package io.meterhub.cabinet.connection;

/** The steps of the application form; the supplier's choice belongs to the last. */
public enum ApplicationStep {
    APPLICANT, OBJECT, POWER, DOCUMENTS
}
