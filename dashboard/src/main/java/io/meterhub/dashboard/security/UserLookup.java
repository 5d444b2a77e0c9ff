package io.meterhub.dashboard.security;

import java.util.Optional;

/**
 * Finds a user by login for Spring Security. The cabinet's {@code UserService} provides this once it
 * lands (an adapter bean, or the cabinet implements it directly); until then {@link JdbcUserLookup}
 * reads {@code app_user} itself.
 */
public interface UserLookup {
    Optional<UserAccount> findByLogin(String login);
}
