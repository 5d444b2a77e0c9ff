package io.meterhub.dashboard.ui;

import io.meterhub.dashboard.security.CurrentUser;
import io.meterhub.dashboard.security.MeterhubUser;
import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.connection.staff.ApplicationQueueView;
import io.meterhub.dashboard.ui.customer.OverviewView;
import io.meterhub.dashboard.ui.operator.ReviewQueueView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The address after login ("/"): sends each role to its first view. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {
    private final transient AuthenticationContext authentication;

    public HomeView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MeterhubUser user = CurrentUser.of(authentication).orElse(null);
        if (user == null) {
            event.forwardTo(LoginView.class);
        } else if (user.role() == Role.SUPPLIER) {
            event.forwardTo(ApplicationQueueView.class);
        } else if (user.role().isStaff()) {
            event.forwardTo(ReviewQueueView.class);
        } else {
            event.forwardTo(OverviewView.class);
        }
    }
}
