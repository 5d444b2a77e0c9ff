package io.meterhub.dashboard.security;

import io.meterhub.cabinet.signin.Admission;
import io.meterhub.cabinet.signin.SignInAttempt;
import io.meterhub.cabinet.signin.SignInGuard;
import io.meterhub.cabinet.users.UserAccount;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The form login's password check behind the sign-in throttle: the guard admits the attempt or refuses it unchecked;
 * the password is then checked by Spring's own provider (BCrypt, blocked users refused) or, for the staff of an organization
 * with a directory, by the directory's bind, and the outcome recorded.
 */
public final class GuardedAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final SignInGuard guard;
    private final UserLookup users;

    public GuardedAuthenticationProvider(AuthenticationProvider passwords, SignInGuard guard, UserLookup users) {
        this.passwords = passwords;
        this.guard = guard;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = authentication.getName() == null ? "" : authentication.getName();
        SignInAttempt attempt = attempt(login, authentication.getDetails());
        Long userId = login.isBlank() ? null : users.findByLogin(login.trim()).map(UserAccount::id).orElse(null);
        Admission admission = guard.admit(attempt, userId);
        if (!admission.admitted()) {
            throw new SignInThrottledException(admission.lockedUntil());
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            // a directory's staff member signing in for the first time has their login made by the check itself
            guard.succeeded(attempt, signedIn.getPrincipal() instanceof MeterhubUser user ? user.id() : userId);
            return signedIn;
        } catch (AuthenticationException e) {
            guard.failed(attempt, userId);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static SignInAttempt attempt(String login, Object details) {
        if (details instanceof SignInDetails d) {
            return new SignInAttempt(login, d.getRemoteAddress(), d.userAgent());
        }
        return new SignInAttempt(login, details instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : "unknown", null);
    }
}
