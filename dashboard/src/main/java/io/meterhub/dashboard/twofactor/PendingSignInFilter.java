package io.meterhub.dashboard.twofactor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * While the session holds a {@link PendingSignIn}, a page the browser opens (a GET for HTML, not one of Vaadin's own
 * requests nor a file) goes to the second-factor page instead; inside the page {@link SecondFactorGate} does the same
 * for Vaadin's navigation. Logging out (a POST) stays open.
 */
public final class PendingSignInFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPage(request) && PendingSignIn.of(request.getSession(false)).isPresent()) {
            response.sendRedirect(request.getContextPath() + "/" + SecondFactorView.ROUTE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null && !path.startsWith("/VAADIN/")
                && !path.equals("/" + SecondFactorView.ROUTE) && path.lastIndexOf('.') <= path.lastIndexOf('/');
    }
}
