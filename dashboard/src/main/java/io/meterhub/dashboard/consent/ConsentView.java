package io.meterhub.dashboard.consent;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.consent.Consents;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The consent to personal data processing in force: its version and text, the customer's latest acceptance (in the
 * organization's time) and, when that is of an older version or missing, the button that accepts the current one. The
 * layout's banner ({@link ConsentBanner}) leads here.
 */
@Route(value = ConsentView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ConsentView extends CustomerPage {
    public static final String ROUTE = "consent";
    public static final String TEXT_ID = "consent-text";
    public static final String ACCEPTED_ID = "consent-accepted";
    public static final String ACCEPT_ID = "consent-accept";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public ConsentView(AuthenticationContext authentication, Consents consents, NotificationService notifications) {
        super("consent.title", authentication);
        ZoneId zone = notifications.zone(viewer);
        add(new Paragraph(getTranslation("consent.checkbox", consents.currentVersion())));
        Paragraph text = new Paragraph(getTranslation("consent.text"));
        text.setId(TEXT_ID);
        add(text);
        consents.latest(viewer).ifPresent(c -> {
            Span accepted = new Span(getTranslation("consent.accepted", c.version(), TIME.format(c.acceptedAt().atZone(zone))));
            accepted.setId(ACCEPTED_ID);
            add(accepted);
        });
        if (consents.acceptanceNeeded(viewer)) {
            Button accept = new Button(getTranslation("consent.accept"), click -> {
                VaadinRequest request = VaadinRequest.getCurrent();
                consents.accept(viewer, request == null ? null : request.getRemoteAddr());
                // a full load: the layout's banner goes with it
                getUI().ifPresent(ui -> ui.getPage().setLocation(ROUTE));
            });
            accept.setId(ACCEPT_ID);
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(accept);
        }
    }
}
