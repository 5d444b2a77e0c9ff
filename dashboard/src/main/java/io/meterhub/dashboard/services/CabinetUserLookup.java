package io.meterhub.dashboard.services;

import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.security.UserLookup;

import java.util.Optional;

/** The login's users from the cabinet's {@link UserService} (app_user, BCrypt hashes). */
public final class CabinetUserLookup implements UserLookup {
    private final UserService users;

    public CabinetUserLookup(UserService users) {
        this.users = users;
    }

    @Override
    public Optional<UserAccount> findByLogin(String login) {
        return users.findByLogin(login);
    }
}
