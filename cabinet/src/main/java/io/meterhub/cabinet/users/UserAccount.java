package io.meterhub.cabinet.users;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;

/** A login as Spring Security needs it (the hash is BCrypt: "{bcrypt}" + hash for a DelegatingPasswordEncoder). */
/** @param blocked an administrator blocked the login: it may not log in */
public record UserAccount(long id, String login, String passwordHash, Role role, String displayName, String locale, String organizationId,
                          boolean blocked) {
    public Viewer viewer() {
        return new Viewer(id, role, organizationId);
    }

    @Override
    public String toString() {
        return "UserAccount[" + id + ", " + login + ", " + role + "]";
    }
}
