package io.meterhub.cabinet.access;

public enum Role {
    CUSTOMER, OPERATOR, ADMIN,
    /**
     * Staff of a supplier (гарантирующий поставщик): sees the connection applications of applicants who
     * chose their organization and writes to them; none of the grid company's pages.
     */
    SUPPLIER;

    /** An operator or administrator of the organization's own cabinet. */
    public boolean staff() {
        return this == OPERATOR || this == ADMIN;
    }

    /** Works for an organization (staff and suppliers); a customer does not. */
    public boolean worksForOrganization() {
        return this != CUSTOMER;
    }
}
