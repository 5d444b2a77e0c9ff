package io.meterhub.dashboard.twofactor;

import io.meterhub.cabinet.twofactor.SecondFactors;
import io.meterhub.cabinet.users.UserAccount;
import io.meterhub.dashboard.security.SignInDetails;
import io.meterhub.dashboard.security.UserLookup;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/**
 * The form login's success handler: runs after whichever provider accepted the password (the local BCrypt one, a
 * directory), so the second step does not depend on how the password was checked. A user who needs a second factor
 * (or, as staff, an enrolment) is not signed in: the session's security context is emptied and holds a
 * {@link PendingSignIn} instead, and the browser goes to the second-factor page. Anyone else goes on as before.
 */
public final class SecondFactorStep implements AuthenticationSuccessHandler {
    private final SecondFactors factors;
    private final UserLookup users;
    private final AuthenticationSuccessHandler signedIn;

    public SecondFactorStep(SecondFactors factors, UserLookup users, AuthenticationSuccessHandler signedIn) {
        this.factors = factors;
        this.users = users;
        this.signedIn = signedIn;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        Optional<UserAccount> user = users.findByLogin(authentication.getName().trim());
        if (user.isEmpty() || !factors.factors(user.get()).secondStepNeeded()) {
            user.ifPresent(u -> factors.authenticated(u.id()));
            signedIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession();
        session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        Object details = authentication.getDetails();
        String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : request.getRemoteAddr();
        String agent = details instanceof SignInDetails d ? d.userAgent() : request.getHeader("User-Agent");
        session.setAttribute(PendingSignIn.ATTRIBUTE, new PendingSignIn(authentication, user.get().id(), address, agent, Instant.now()));
        response.sendRedirect(request.getContextPath() + "/" + SecondFactorView.ROUTE);
    }
}
