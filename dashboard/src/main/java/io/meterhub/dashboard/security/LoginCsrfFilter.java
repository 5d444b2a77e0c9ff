package io.meterhub.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The CSRF check of the login form's POST, which Vaadin's {@code setLoginView} exempts from Spring's own check. The login
 * page carries the session's token in its {@code _csrf} meta tags and Vaadin's login form posts it back; a POST without
 * the token of its session (a page of another origin signing a browser in under the attacker's login) is refused before
 * any password is checked or any attempt counted. The token is read as Spring's filter stores and masks it (the session's
 * repository, the BREACH-safe XOR form), so the two checks agree.
 */
public final class LoginCsrfFilter extends OncePerRequestFilter {
    private final String loginPath;
    private final CsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final CsrfTokenRequestHandler masking = new XorCsrfTokenRequestAttributeHandler();

    public LoginCsrfFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        CsrfToken expected = request.getSession(false) == null ? null : tokens.loadToken(request);
        String sent = expected == null ? null : masking.resolveCsrfTokenValue(request, expected);
        if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getToken().getBytes(StandardCharsets.UTF_8))) {
            // written here rather than by sendError: the error page's dispatch would answer with the login page's redirect
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The login form's CSRF token is missing or is not this session's: open the login page again.");
            return;
        }
        chain.doFilter(request, response);
    }
}
