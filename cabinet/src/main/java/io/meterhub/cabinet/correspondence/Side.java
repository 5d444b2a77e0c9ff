package io.meterhub.cabinet.correspondence;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;

/** The two sides of a thread: the customer, and the staff (of the grid company, the supplier, the utility). */
public enum Side {
    CUSTOMER, STAFF;

    public static Side of(Viewer viewer) {
        return viewer.role() == Role.CUSTOMER ? CUSTOMER : STAFF;
    }
}
