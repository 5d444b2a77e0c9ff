package io.meterhub.dashboard.ui.customer;

import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Manual readings by meter and tariff zone, inside the submission window. To be built over the cabinet's services. */
@Route(value = "readings", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ReadingsView extends PlaceholderView {
    public ReadingsView() {
        super("nav.readings");
    }
}
