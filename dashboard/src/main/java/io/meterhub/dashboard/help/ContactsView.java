package io.meterhub.dashboard.help;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.cabinet.help.PublicPageKind;

/** The organization's contacts, open without login. */
@Route(ContactsView.ROUTE)
@AnonymousAllowed
public class ContactsView extends InfoPage {
    public static final String ROUTE = "info/contacts";

    public ContactsView(AuthenticationContext authentication, HelpFeature help) {
        super("help.contacts.title", "help.contacts.lead", PublicPageKind.CONTACTS, authentication, help);
    }
}
