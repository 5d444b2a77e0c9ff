package io.meterhub.cabinet.access;

/** The roles of {@code app_user.role}; Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    CUSTOMER, OPERATOR, ADMIN,
    /**
     * Staff of a supplier (гарантирующий поставщик): sees the connection applications of applicants who
     * chose their organization and writes to them; none of the grid company's pages.
     */
    SUPPLIER;

    /** For {@code @RolesAllowed}, which needs constants. */
    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPPLIER_NAME = "SUPPLIER";

    /** An operator or administrator of the organization's own cabinet. */
    public boolean staff() {
        return this == OPERATOR || this == ADMIN;
    }

    /** Works for an organization (staff and suppliers); a customer does not. */
    public boolean worksForOrganization() {
        return this != CUSTOMER;
    }
}
