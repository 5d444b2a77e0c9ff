package io.meterhub.dashboard;

import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.signin.SignInGuard;
import io.meterhub.cabinet.signin.SignInHistory;
import io.meterhub.cabinet.signin.SignInLimits;
import io.meterhub.dashboard.directory.DirectoryRefusal;
import io.meterhub.dashboard.directory.DirectorySignIn;
import io.meterhub.dashboard.security.EndedSessionFilter;
import io.meterhub.dashboard.security.GuardedAuthenticationProvider;
import io.meterhub.dashboard.security.LoginCsrfFilter;
import io.meterhub.dashboard.security.SignInDetails;
import io.meterhub.dashboard.security.SignInThrottledException;
import io.meterhub.storage.cabinet.signin.JdbcSignInRepository;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import io.meterhub.dashboard.security.LookupUserDetailsService;
import io.meterhub.dashboard.security.UserLookup;
import io.meterhub.dashboard.ui.LoginView;
import io.meterhub.cabinet.twofactor.SecondFactors;
import io.meterhub.dashboard.twofactor.PendingSignInFilter;
import io.meterhub.dashboard.twofactor.SecondFactorStep;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.sql.DataSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Form login on the Vaadin {@link LoginView} (route {@code login}); views declare their roles with
 * {@code @RolesAllowed} / {@code @PermitAll} / {@code @AnonymousAllowed}, which Vaadin's navigation
 * access control checks on every navigation. Users come from {@link UserLookup} (the cabinet's UserService, see {@code users.UsersConfiguration}).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig extends VaadinWebSecurity {
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; "
            + "manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final ObjectProvider<Logins> logins;
    private final ObjectProvider<SecondFactors> secondFactors;
    private final ObjectProvider<UserLookup> users;

    public SecurityConfig(ObjectProvider<Logins> logins, ObjectProvider<SecondFactors> secondFactors, ObjectProvider<UserLookup> users) {
        this.logins = logins;
        this.secondFactors = secondFactors;
        this.users = users;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
        // Vaadin exempts the login form's POST from Spring's CSRF check; it is checked here instead, before the password
        http.addFilterBefore(new LoginCsrfFilter("/login"), UsernamePasswordAuthenticationFilter.class);
        // blocked users and ended sessions stop at their next request, not at their next login; a session counts from its login
        // (the session id changes then, as by default, and the session keeps what it held, such as the language chosen)
        http.sessionManagement(sessions -> sessions.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), EndedSessionFilter.loginTime()))));
        http.addFilterAfter(new EndedSessionFilter(logins.getObject(), EndedSessionFilter.MAX_LIFETIME), SecurityContextHolderFilter.class);
        // a password accepted by any provider signs in only after the second factor: until then the session reaches that page alone
        http.addFilterAfter(new PendingSignInFilter(), SecurityContextHolderFilter.class);
        // what Vaadin needs and no more (its bootstrap is an inline script and it evaluates the server's JavaScript:
        // https://vaadin.com/docs/latest/flow/security/advanced-topics/frequent-issues); HSTS is sent on secure requests only
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        // the throttle reads the address and the browser of each attempt; a locked one is told how long to wait
        AuthenticationSuccessHandler vaadin = http.getSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class);
        http.formLogin(form -> form.authenticationDetailsSource(SignInDetails::new).failureHandler(SecurityConfig::failed)
                .successHandler(new SecondFactorStep(secondFactors.getObject(), users.getObject(), vaadin)));
    }

    /**
     * Back to the login page: {@code ?locked=<seconds>} when the throttle refused it, {@code ?refused=<reason>} when the directory
     * proved the password but the account may not sign in (its owner is told why), {@code ?error} otherwise.
     */
    private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        String query = failure instanceof SignInThrottledException locked
                ? "locked=" + Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds() + 1)
                : failure instanceof DirectoryRefusal refused ? "refused=" + refused.reason().name().toLowerCase(java.util.Locale.ROOT) : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }

    /**
     * The only provider of the form login (the directory's bind inside it, see {@link DirectorySignIn}), so the password is never
     * checked past the throttle (with an AuthenticationProvider bean, Spring builds no second one from the UserDetailsService).
     */
    @Bean
    public AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInGuard guard, UserLookup lookup,
                                                         DirectorySignIn directory) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(encoder);
        passwords.setUserDetailsService(users);
        // with a directory, it binds its staff's logins and the app's passwords check the rest: throttled and recorded alike
        return new GuardedAuthenticationProvider(directory.around(passwords), guard, lookup);
    }

    @Bean
    public SignInGuard signInGuard(DataSource dataSource, Clock clock, Environment environment) {
        // Spring's environment: the process's variables, and system properties where a test or a launcher sets them
        Map<String, String> limits = new HashMap<>();
        for (String name : SignInLimits.VARIABLES) {
            String value = environment.getProperty(name);
            if (value != null) {
                limits.put(name, value);
            }
        }
        return new SignInGuard(new JdbcSignInRepository(dataSource), SignInLimits.fromEnvironment(limits), clock);
    }

    @Bean
    public SignInHistory signInHistory(DataSource dataSource) {
        return new SignInHistory(new JdbcSignInRepository(dataSource));
    }

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public UserDetailsService userDetailsService(UserLookup lookup) {
        return new LookupUserDetailsService(lookup);
    }
}
