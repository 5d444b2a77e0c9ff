package io.meterhub.dashboard.security;

import io.meterhub.cabinet.staff.StaffService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Instant;

/**
 * Ends a logged-in session at its next request when an administrator blocked the user or ended their
 * sessions after it began: the session is invalidated and the request goes on unauthenticated, so the
 * page falls back to the login.
 */
public final class EndedSessionFilter extends OncePerRequestFilter {
    private final StaffService sessions;

    public EndedSessionFilter(StaffService sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof MeterhubUser user
                && !sessions.sessionValid(user.id(), Instant.ofEpochMilli(session.getCreationTime()))) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
