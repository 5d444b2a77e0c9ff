package io.meterhub.dashboard.help;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.cabinet.help.PublicPageKind;

/** "About": the organization's words on itself and the cabinet, open without login. */
@Route(AboutView.ROUTE)
@AnonymousAllowed
public class AboutView extends InfoPage {
    public static final String ROUTE = "info/about";

    public AboutView(AuthenticationContext authentication, HelpFeature help) {
        super("help.about.title", "help.about.lead", PublicPageKind.ABOUT, authentication, help);
    }
}
