package io.meterhub.cabinet.ratings;

/** What a customer rates. */
public enum RatedKind {
    /** An answered appeal; the employee is who worked on it. */
    APPEAL,
    /** A held visit to an office. */
    VISIT
}
