package io.meterhub.dashboard.directory;

import io.meterhub.cabinet.directory.DirectorySettings;
import io.meterhub.cabinet.directory.DirectoryStaff;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

import java.util.List;
import java.util.Map;

/** The directory's part of the form login, if the organization has one: {@link #around} puts it next to the app's passwords. */
public final class DirectorySignIn {
    /** No directory: the app's passwords alone. */
    public static final DirectorySignIn NONE = new DirectorySignIn(null);
    /** A sign-in waits for a silent directory this long, not for ever. */
    static final Map<String, Object> TIMEOUTS = Map.of("com.sun.jndi.ldap.connect.timeout", "5000", "com.sun.jndi.ldap.read.timeout", "10000");

    private final DirectoryStaff staff;

    private DirectorySignIn(DirectoryStaff staff) {
        this.staff = staff;
    }

    public static DirectorySignIn of(DirectoryStaff staff) {
        return new DirectorySignIn(staff);
    }

    public boolean configured() {
        return staff != null;
    }

    /** The password check of the form login: {@code passwords} alone, or the directory for its logins and {@code passwords} for the rest. */
    public AuthenticationProvider around(AuthenticationProvider passwords) {
        if (staff == null) {
            return passwords;
        }
        DirectorySettings settings = staff.settings();
        LdapContextSource source = new DefaultSpringSecurityContextSource(List.of(settings.url()), settings.baseDn());
        if (settings.bindDn() != null) {
            source.setUserDn(settings.bindDn());
            source.setPassword(settings.bindPassword());
        } else {
            source.setAnonymousReadOnly(true);
        }
        source.setBaseEnvironmentProperties(TIMEOUTS);
        source.afterPropertiesSet();
        FilterBasedLdapUserSearch search = new FilterBasedLdapUserSearch("", settings.userSearchFilter(), source);
        search.setSearchSubtree(true);
        BindAuthenticator bind = new BindAuthenticator(source);
        bind.setUserSearch(search);
        LdapAuthenticationProvider directory = new LdapAuthenticationProvider(bind);
        directory.setUserDetailsContextMapper(new DirectoryUserMapper(staff));
        return new DirectoryOrPasswordProvider(staff, search, directory, passwords);
    }
}
