package io.meterhub.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the login form's request tells of who signs in: the peer's address (the servlet's remote address; behind a
 * proxy, the proxy must set it, e.g. Tomcat's RemoteIpValve, never a header we would trust blindly) and the browser's
 * name.
 */
public final class SignInDetails extends WebAuthenticationDetails {
    private final String userAgent;

    public SignInDetails(HttpServletRequest request) {
        super(request);
        this.userAgent = request.getHeader("User-Agent");
    }

    public String userAgent() {
        return userAgent;
    }
}
