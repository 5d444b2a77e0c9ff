package io.meterhub.cabinet.visits;

/** A visit is booked until it is cancelled by the customer, or marked held or missed by staff. */
public enum VisitStatus {
    BOOKED, CANCELLED, HELD, MISSED
}
