package io.meterhub.dashboard.security;

import io.meterhub.cabinet.users.Logins;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Ends a logged-in session at its next request when an administrator blocked the user or ended their
 * sessions after it began: the session is invalidated and the request goes on unauthenticated, so the
 * page falls back to the login. A session begins at its login ({@link #loginTime()}), not when the HTTP
 * session was made: one opened earlier, on the password link's page say, would otherwise count as older
 * than the password just set there and end the login at once. A session also ends when it has lasted
 * {@code maxLifetime} since its login, whatever its activity: an open tab does not keep a login for days.
 */
public final class EndedSessionFilter extends OncePerRequestFilter {
    /** The session attribute that holds when its login was; {@link #renew} moves it after a password change. */
    public static final String LOGGED_IN_AT = EndedSessionFilter.class.getName() + ".loggedInAt";
    /** Our choice: a working day and a half; the idle timeout (30 min) ends most sessions long before. */
    public static final Duration MAX_LIFETIME = Duration.ofHours(12);

    private final Logins sessions;
    private final Duration maxLifetime;

    public EndedSessionFilter(Logins sessions, Duration maxLifetime) {
        this.sessions = sessions;
        this.maxLifetime = maxLifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof MeterhubUser user
                && (!sessions.sessionValid(user.id(), start(session)) || start(session).plus(maxLifetime).isBefore(Instant.now()))) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    /** Notes in the session when its user logs in; Spring Security runs it at every login, after the session id is changed. */
    public static SessionAuthenticationStrategy loginTime() {
        return (authentication, request, response) -> request.getSession().setAttribute(LOGGED_IN_AT, Instant.now());
    }

    private static Instant start(HttpSession session) {
        return session.getAttribute(LOGGED_IN_AT) instanceof Instant loggedIn ? loggedIn : Instant.ofEpochMilli(session.getCreationTime());
    }
}
