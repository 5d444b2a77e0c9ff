package io.meterhub.dashboard.registration;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Signs in the person who has just registered, as the login form would: the user loaded through the
 * same {@link UserDetailsService}, the security context kept in the HTTP session, and a new session
 * id (so an id planted before the sign-up is worth nothing afterwards).
 */
final class SessionSignIn {
    private SessionSignIn() {
    }

    static void signIn(UserDetailsService users, String login) {
        UserDetails user = users.loadUserByUsername(login);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request == null || response == null) {
            return;
        }
        HttpServletRequest http = request.getHttpServletRequest();
        if (http.getSession(false) != null) {
            http.changeSessionId();
        }
        new HttpSessionSecurityContextRepository().saveContext(context, http, response.getHttpServletResponse());
    }
}
