package io.meterhub.cabinet.users;

import io.meterhub.cabinet.access.Role;

/** @param organizationId required for operators and administrators, null for customers */
public record NewUser(String login, String password, Role role, String displayName, String locale, String organizationId) {
    @Override
    public String toString() {
        return "NewUser[" + login + ", " + role + "]";
    }
}
