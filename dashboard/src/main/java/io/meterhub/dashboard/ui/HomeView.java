package io.meterhub.dashboard.ui;

import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.organizations.OrganizationService;
import jakarta.annotation.security.PermitAll;


/** The address after login ("/"): sends each role to the first view of its menu. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
    private final transient AuthenticationContext authentication;
    private final transient StaffRights rights;

    private final transient OrganizationService organizations;

    public HomeView(AuthenticationContext authentication, StaffRights rights, OrganizationService organizations) {
        this.authentication = authentication;
        this.rights = rights;
        this.organizations = organizations;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeterhubUser user = CurrentUser.of(authentication).orElse(null);
        if (user == null) {
            event.forwardTo(LoginView.class);
        } else {
            // a customer's overview, staff's review queue, a supplier's application queue
            RoleMenu.entries(user.role(), StaffScope.of(user, rights, organizations)).stream().findFirst().ifPresent(first -> event.forwardTo(RoleMenu.route(first)));
        }
    }
}
