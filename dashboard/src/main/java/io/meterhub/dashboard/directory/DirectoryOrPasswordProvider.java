package io.meterhub.dashboard.directory;

import io.meterhub.cabinet.directory.DirectoryStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.search.LdapUserSearch;

/**
 * The form login's password check when the organization has a directory: the directory binds the logins
 * {@link DirectoryStaff#directoryChecks} gives it, the app's BCrypt passwords check the others. It sits inside the sign-in
 * throttle ({@code GuardedAuthenticationProvider}), so both kinds are throttled and recorded alike.
 */
final class DirectoryOrPasswordProvider implements AuthenticationProvider {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryOrPasswordProvider.class);

    private final DirectoryStaff staff;
    private final LdapUserSearch search;
    private final LdapAuthenticationProvider directory;
    private final AuthenticationProvider passwords;

    DirectoryOrPasswordProvider(DirectoryStaff staff, LdapUserSearch search, LdapAuthenticationProvider directory, AuthenticationProvider passwords) {
        this.staff = staff;
        this.search = search;
        this.directory = directory;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName() == null ? "" : authentication.getName().strip();
        if (login.isEmpty() || !staff.directoryChecks(login, () -> knows(login))) {
            return passwords.authenticate(authentication);
        }
        UsernamePasswordAuthenticationToken typed = UsernamePasswordAuthenticationToken.unauthenticated(login, authentication.getCredentials());
        typed.setDetails(authentication.getDetails());
        try {
            return directory.authenticate(typed);
        } catch (IncorrectResultSizeDataAccessException e) {
            throw new BadCredentialsException("several directory entries answer to the login");
        }
    }

    /** Has the directory an entry for the login? Unreachable counts as no: the app's own password then decides, for a login it holds. */
    private boolean knows(String login) {
        try {
            search.searchForUser(login);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        } catch (IncorrectResultSizeDataAccessException e) {
            // several entries answer to the login: the directory's, and the bind will refuse it
            return true;
        } catch (RuntimeException e) {
            LOG.warn("the directory {} did not answer a search ({}); the app's password checks this login", staff.settings().url(), e.getMessage());
            return false;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
