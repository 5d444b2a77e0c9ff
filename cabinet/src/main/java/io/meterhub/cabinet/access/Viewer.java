package io.meterhub.cabinet.access;

import java.util.Objects;

/**
 * Who asks: every service method takes one and lets it see only what it may.
 *
 * @param organizationId the organization of an operator, administrator or supplier; null for a customer
 */
public record Viewer(long userId, Role role, String organizationId) {
    public Viewer {
        Objects.requireNonNull(role, "role");
        if (role.worksForOrganization() && organizationId == null) {
            throw new IllegalArgumentException("an " + role + " works for an organization");
        }
    }

    public static Viewer customer(long userId) {
        return new Viewer(userId, Role.CUSTOMER, null);
    }
}
