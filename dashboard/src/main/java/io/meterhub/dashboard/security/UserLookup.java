package io.meterhub.dashboard.security;

import io.meterhub.cabinet.users.UserAccount;

import java.util.Optional;

/** Finds a user by login for Spring Security; the bean is an adapter over the cabinet's {@code UserService}. */
public interface UserLookup {
    Optional<UserAccount> findByLogin(String login);
}
