package io.meterhub.dashboard.ui.customer;

import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Consumption charts by hour, day and month, split by tariff zone. To be built over the cabinet's services. */
@Route(value = "consumption", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ConsumptionView extends PlaceholderView {
    public ConsumptionView() {
        super("nav.consumption");
    }
}
