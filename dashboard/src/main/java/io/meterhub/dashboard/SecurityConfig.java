package io.meterhub.dashboard;

import io.meterhub.cabinet.staff.StaffService;
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
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Form login on the Vaadin {@link LoginView} (route {@code login}); views declare their roles with
 * {@code @RolesAllowed} / {@code @PermitAll} / {@code @AnonymousAllowed}, which Vaadin's navigation
 * access control checks on every navigation. Users come from {@link UserLookup} (the cabinet's UserService, see {@code users.UsersConfiguration}).
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig extends VaadinWebSecurity {
    private final ObjectProvider<StaffService> staff;

    public SecurityConfig(ObjectProvider<StaffService> staff) {
        this.staff = staff;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
        // blocked users and ended sessions stop at their next request, not at their next login
        http.addFilterAfter(new EndedSessionFilter(staff.getObject()), SecurityContextHolderFilter.class);
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
