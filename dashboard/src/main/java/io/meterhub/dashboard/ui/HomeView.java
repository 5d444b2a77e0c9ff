package io.meterhub.dashboard.ui;

import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.StaffRights;
import jakarta.annotation.security.PermitAll;

import java.util.Set;

/** The address after login ("/"): sends each role to the first view of its menu. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
    private final transient AuthenticationContext authentication;
    private final transient StaffRights rights;

    public HomeView(AuthenticationContext authentication, StaffRights rights) {
        this.authentication = authentication;
        this.rights = rights;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeterhubUser user = CurrentUser.of(authentication).orElse(null);
        if (user == null) {
            event.forwardTo(LoginView.class);
        } else {
            // a customer's overview, staff's review queue, a supplier's application queue
            RoleMenu.entries(user.role(), StaffViewer.of(user).map(rights::modules).orElse(Set.of())).stream().findFirst().ifPresent(first -> event.forwardTo(RoleMenu.route(first)));
        }
    }
}
