package io.meterhub.cabinet.users;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.StorageException;
import io.meterhub.cabinet.common.ValidationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Logins: BCrypt hashes, authentication, the user's language. */
public final class UserService {
    public static final Set<String> LOCALES = Set.of("ru", "en");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");
    private static final int MIN_PASSWORD = 8;

    private final UserRepository users;
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
    /** Compared against when the login is unknown, so that a wrong login takes as long as a wrong password. */
    private final String dummyHash = encoder.encode("no such user, no such password");

    public UserService(UserRepository users) {
        this.users = users;
    }

    public long create(NewUser user) {
        String login = user.login() == null ? "" : user.login().trim().toLowerCase(java.util.Locale.ROOT);
        if (!LOGIN.matcher(login).matches()) {
            throw new ValidationException("user.login_invalid");
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD) {
            throw new ValidationException("user.password_too_short", MIN_PASSWORD);
        }
        if (user.role() == null) {
            throw new ValidationException("user.role_required");
        }
        if (user.role().worksForOrganization() == (user.organizationId() == null)) {
            throw new ValidationException(user.role().worksForOrganization() ? "user.organization_required" : "user.customer_has_no_organization");
        }
        String locale = user.locale() == null ? "ru" : user.locale();
        if (!LOCALES.contains(locale)) {
            throw new ValidationException("user.locale_unknown", locale);
        }
        if (users.byLogin(login).isPresent()) {
            throw new ValidationException("user.login_taken", login);
        }
        try {
            return users.create(login, encoder.encode(user.password()), user.role().name(),
                    user.displayName() == null || user.displayName().isBlank() ? login : user.displayName(), locale, user.organizationId());
        } catch (StorageException e) {
            if ("23505".equals(e.sqlState())) {
                throw new ValidationException("user.login_taken", login);
            }
            throw e;
        }
    }

    /** The viewer for a login and password, empty when either is wrong (never says which). */
    public Optional<Viewer> authenticate(String login, String password) {
        if (login == null || password == null) {
            return Optional.empty();
        }
        Optional<UserRow> user = users.byLogin(login.trim().toLowerCase(java.util.Locale.ROOT));
        if (user.isEmpty()) {
            encoder.matches(password, dummyHash);
            return Optional.empty();
        }
        return encoder.matches(password, user.get().passwordHash()) && !user.get().blocked() ? Optional.of(account(user.get()).viewer())
                : Optional.empty();
    }

    public Optional<UserAccount> findByLogin(String login) {
        return login == null ? Optional.empty() : users.byLogin(login.trim().toLowerCase(java.util.Locale.ROOT)).map(UserService::account);
    }

    public Optional<UserAccount> find(long userId) {
        return users.byId(userId).map(UserService::account);
    }

    public String locale(Viewer viewer) {
        return users.byId(viewer.userId()).map(UserRow::locale).orElse("ru");
    }

    public void setLocale(Viewer viewer, String locale) {
        if (!LOCALES.contains(locale)) {
            throw new ValidationException("user.locale_unknown", locale);
        }
        users.setLocale(viewer.userId(), locale);
    }

    /** Takes back a login just made, before anything refers to it (a sign-up whose profile could not be saved). */
    public void takeBack(long userId) {
        users.delete(userId);
    }

    private static UserAccount account(UserRow row) {
        return new UserAccount(row.id(), row.login(), row.passwordHash(), Role.valueOf(row.role()), row.displayName(), row.locale(),
                row.organizationId(), row.blocked());
    }
}
