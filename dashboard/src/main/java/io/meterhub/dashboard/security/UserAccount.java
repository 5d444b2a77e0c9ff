package io.meterhub.dashboard.security;

import java.util.Locale;
import java.util.Objects;

/**
 * What the login needs of a user ({@code app_user}). The password hash is BCrypt.
 *
 * @param organizationId the organization an operator or administrator works for; null for customers
 */
public record UserAccount(long id, String login, String passwordHash, Role role, String displayName, Locale locale,
                          String organizationId) {
    public UserAccount {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + login + ", " + role + "]";
    }
}
