package io.meterhub.dashboard.notices;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.notices.NoticesFeature;
import io.meterhub.cabinet.notices.NotificationsForNotices;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** "Объявления и отключения": every announcement addressed to the customer, current and ended within a month, and the outages touching them. */
@Menu(title = "nav.notices", order = 9, icon = "vaadin:megaphone")
@Route(value = NoticesView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class NoticesView extends CustomerPage implements BeforeEnterObserver {
    public static final String ROUTE = NotificationsForNotices.LINK;

    private final transient NoticesFeature notices;

    public NoticesView(AuthenticationContext authentication, NoticesFeature notices) {
        super("notices.customer.title", authentication);
        this.notices = notices;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reset();
        add(new CustomerNotices(notices.board(), viewer, true));
    }
}
