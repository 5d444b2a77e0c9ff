package io.meterhub.dashboard;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.SpringServlet;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Karibu-Testing over the real Spring context: every view test starts from a fresh mock UI. */
public abstract class KaribuSpringTest {
    private static Routes routes;

    @Autowired
    protected ApplicationContext context;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private PasswordEncoder passwords;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("io.meterhub.dashboard");
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        SpringServlet servlet = new MockSpringServlet(routes, context, uiFactory);
        MockVaadin.setup(uiFactory, servlet);
    }

    /**
     * A fresh mock UI, as a new browser tab gets: the layout (and its menu) of the user signed in
     * before is not reused. Sign in after it.
     */
    protected void newUi() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        setUpVaadin();
    }

    /** Logs in through the real UserDetailsService and the BCrypt check, as the login form would. */
    protected void signIn(String login, String password) {
        SecurityContextHolder.clearContext();
        UserDetails user = users.loadUserByUsername(login);
        assertThat(passwords.matches(password, user.getPassword())).as("password of %s", login).isTrue();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // as the login form's success handler does: the password counts as just entered (signing asks for that)
        if (user instanceof io.meterhub.dashboard.security.MeterhubUser signedIn) {
            context.getBean(io.meterhub.cabinet.twofactor.SecondFactors.class).authenticated(signedIn.id());
        }
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains("ROLE_" + role));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
