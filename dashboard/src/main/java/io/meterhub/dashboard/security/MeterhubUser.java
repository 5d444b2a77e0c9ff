package io.meterhub.dashboard.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;
import java.util.Locale;

/** The logged-in user as Spring Security keeps it in the session: the account without its hash. */
public final class MeterhubUser extends User {
    private final long id;
    private final Role role;
    private final String displayName;
    private final Locale preferredLocale;
    private final String organizationId;

    public MeterhubUser(UserAccount account) {
        super(account.login(), account.passwordHash(), List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.id = account.id();
        this.role = account.role();
        this.displayName = account.displayName();
        this.preferredLocale = account.locale();
        this.organizationId = account.organizationId();
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
