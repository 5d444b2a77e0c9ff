package io.meterhub.dashboard.security;

/** The roles of {@code app_user.role}; Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    CUSTOMER, OPERATOR, ADMIN,
    /** Staff of a supplier (гарантирующий поставщик): sees the grid connection applications of applicants who chose it. */
    SUPPLIER;

    /** For {@code @RolesAllowed}, which needs constants. */
    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String SUPPLIER_NAME = "SUPPLIER";

    public boolean isStaff() {
        return this == OPERATOR || this == ADMIN;
    }
}
