package io.meterhub.dashboard.security;

import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.cabinet.access.Role;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;
import java.util.Locale;

/** The logged-in user as Spring Security keeps it in the session: the account without its hash. */
public final class MeterhubUser extends User {
    private static final String BCRYPT_PREFIX = "{bcrypt}";
    private final long id;
    private final Role role;
    private final String displayName;
    private final Locale preferredLocale;
    private final String organizationId;

    public MeterhubUser(UserAccount account) {
        // a blocked account is "locked": Spring refuses the login before the password is compared
        super(account.login(), bcrypt(account.passwordHash()), true, true, true, !account.blocked(),
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.id = account.id();
        this.role = account.role();
        this.displayName = account.displayName();
        this.preferredLocale = locale(account.locale());
        this.organizationId = account.organizationId();
    }

    /** The cabinet stores "{bcrypt}" + hash for a DelegatingPasswordEncoder; the login's encoder is BCrypt itself. */
    private static String bcrypt(String stored) {
        return stored.startsWith(BCRYPT_PREFIX) ? stored.substring(BCRYPT_PREFIX.length()) : stored;
    }

    private static Locale locale(String tag) {
        return tag == null || tag.isBlank() ? Locale.forLanguageTag("ru") : Locale.forLanguageTag(tag);
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public String displayName() {
        return displayName;
    }

    public Locale preferredLocale() {
        return preferredLocale;
    }

    /** The organization of an operator or administrator; null for customers. */
    public String organizationId() {
        return organizationId;
    }
}
