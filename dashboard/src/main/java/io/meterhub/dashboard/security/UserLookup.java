package io.meterhub.dashboard.security;

import java.util.Optional;

/** Finds a user by login for Spring Security; the bean is an adapter over the cabinet's {@code UserService}. */
public interface UserLookup {
    Optional<UserAccount> findByLogin(String login);
}
