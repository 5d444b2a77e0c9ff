package io.meterhub.dashboard.security;

import io.meterhub.cabinet.access.Role;

import com.vaadin.flow.spring.security.AuthenticationContext;

import java.util.Optional;

/** The logged-in user of the current request, if any. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static Optional<MeterhubUser> of(AuthenticationContext context) {
        return context.getAuthenticatedUser(MeterhubUser.class);
    }

    public static boolean hasRole(AuthenticationContext context, Role role) {
        return of(context).map(user -> user.role() == role).orElse(false);
    }
}
