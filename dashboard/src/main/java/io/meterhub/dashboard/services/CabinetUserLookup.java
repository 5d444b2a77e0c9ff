package io.meterhub.dashboard.services;

import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.security.UserAccount;
import io.meterhub.dashboard.security.UserLookup;

import java.util.Locale;
import java.util.Optional;

/** The login's users from the cabinet's {@link UserService} (app_user, BCrypt hashes). */
public final class CabinetUserLookup implements UserLookup {
    private static final String BCRYPT_PREFIX = "{bcrypt}";
    private final UserService users;

    public CabinetUserLookup(UserService users) {
        this.users = users;
    }

    @Override
    public Optional<UserAccount> findByLogin(String login) {
        return users.findByLogin(login).map(CabinetUserLookup::account);
    }

    private static UserAccount account(io.meterhub.cabinet.users.UserAccount user) {
        String hash = user.passwordHash().startsWith(BCRYPT_PREFIX) ? user.passwordHash().substring(BCRYPT_PREFIX.length()) : user.passwordHash();
        String locale = user.locale();
        return new UserAccount(user.id(), user.login(), hash, Role.valueOf(user.role().name()), user.displayName(),
                locale == null || locale.isBlank() ? Locale.forLanguageTag("ru") : Locale.forLanguageTag(locale), user.organizationId());
    }
}
