package io.meterhub.dashboard;

import io.meterhub.cabinet.users.Logins;
import io.meterhub.dashboard.security.EndedSessionFilter;
import io.meterhub.dashboard.security.LookupUserDetailsService;
import io.meterhub.dashboard.security.UserLookup;
import io.meterhub.dashboard.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

/**
 * Form login on the Vaadin {@link LoginView} (route {@code login}); views declare their roles with
 * {@code @RolesAllowed} / {@code @PermitAll} / {@code @AnonymousAllowed}, which Vaadin's navigation
 * access control checks on every navigation. Users come from {@link UserLookup} (the cabinet's UserService, see {@code users.UsersConfiguration}).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig extends VaadinWebSecurity {
    private final ObjectProvider<Logins> logins;

    public SecurityConfig(ObjectProvider<Logins> logins) {
        this.logins = logins;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
        // blocked users and ended sessions stop at their next request, not at their next login; a session counts from its login
        // (the session id changes then, as by default, and the session keeps what it held, such as the language chosen)
        http.sessionManagement(sessions -> sessions.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), EndedSessionFilter.loginTime()))));
        http.addFilterAfter(new EndedSessionFilter(logins.getObject()), SecurityContextHolderFilter.class);
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
