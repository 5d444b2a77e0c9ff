package io.meterhub.dashboard.ui;

import io.meterhub.dashboard.i18n.LocaleSwitch;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;

import java.util.List;

/** The login form; Spring Security takes the POST to {@code /login}. */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String CALCULATOR_LINK_ID = "login-calculator";
    public static final String COVERAGE_LINK_ID = "login-coverage";
    public static final String REGISTER_LINK_ID = "login-register";
    public static final String TEXT_ID = "login-text";
    public static final String CONTACTS_LINK_ID = "login-contacts";
    public static final String ABOUT_LINK_ID = "login-about";
    /** The reasons a directory's refusal names in {@code ?refused=} (the dashboard's directory feature sends them). */
    static final java.util.Set<String> REFUSALS = java.util.Set.of("disabled", "no_groups", "blocked", "not_directory_staff");
    private final transient AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    public LoginView(AuthenticationContext authentication, ObjectProvider<LoginText> loginText) {
        this.authentication = authentication;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        LocaleSwitch locale = new LocaleSwitch();
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0").set("text-align", "center");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        // issue 6: the cost calculator and the sign-up are open without login
        RouterLink calculator = link("connection.calculator.title", "calculator");
        calculator.setId(CALCULATOR_LINK_ID);
        RouterLink register = link("registration.title", "register");
        register.setId(REGISTER_LINK_ID);
        // issue 16: the organization's own words under the title, and its contacts and "about" open without login
        MarkdownText text = new MarkdownText(loginText.getIfAvailable(() -> language -> "").html(getLocale()));
        text.setId(TEXT_ID);
        text.getStyle().set("max-width", "360px").set("text-align", "center").set("color", "var(--lumo-secondary-text-color)");
        RouterLink contacts = link("help.contacts.title", "info/contacts");
        contacts.setId(CONTACTS_LINK_ID);
        RouterLink about = link("help.about.title", "info/about");
        about.setId(ABOUT_LINK_ID);
        // issue 16: so is the coverage map
        RouterLink coverage = link("coverage.title", "coverage-map");
        coverage.setId(COVERAGE_LINK_ID);
        HorizontalLayout links = new HorizontalLayout(register, calculator, coverage, contacts, about);
        links.getStyle().set("flex-wrap", "wrap").set("justify-content", "center");
        add(locale, title, text, form, links);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo(HomeView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> locked = parameters.getOrDefault("locked", List.of());
        if (!locked.isEmpty()) {
            // the throttle refused the attempt unchecked: say how long to wait, not that the password was wrong
            LoginI18n texts = i18n();
            texts.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            texts.getErrorMessage().setMessage(getTranslation("login.locked.message", waitText(locked.get(0))));
            form.setI18n(texts);
        }
        List<String> refused = parameters.getOrDefault("refused", List.of()).stream().filter(REFUSALS::contains).toList();
        if (!refused.isEmpty()) {
            // the directory proved the password, but the account may not sign in: its owner is told why
            LoginI18n texts = i18n();
            texts.getErrorMessage().setTitle(getTranslation("login.refused.title"));
            texts.getErrorMessage().setMessage(getTranslation("login.refused." + refused.get(0)));
            form.setI18n(texts);
        }
        form.setError(parameters.containsKey("error") || !locked.isEmpty() || !refused.isEmpty());
    }

    /** "45 с" or "3 мин" from the seconds the failure handler put in the address; anything else reads as a minute. */
    private String waitText(String seconds) {
        long s;
        try {
            s = Math.max(1, Math.min(Long.parseLong(seconds), 24 * 3600));
        } catch (NumberFormatException e) {
            s = 60;
        }
        return s < 60 ? getTranslation("login.locked.seconds", s) : getTranslation("login.locked.minutes", (s + 59) / 60);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }

    /** A link to a feature's page by its route, so the login knows no view of a feature. */
    private RouterLink link(String key, String route) {
        return new RouterLink(getTranslation(key), RouteConfiguration.forApplicationScope().getRoute(route)
                .orElseThrow(() -> new IllegalStateException("no view at /" + route)));
    }
}
