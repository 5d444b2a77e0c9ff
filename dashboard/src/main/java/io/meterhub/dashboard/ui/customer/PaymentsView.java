package io.meterhub.dashboard.ui.customer;

import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The ledger per account and service, and paying the debt. To be built over the cabinet's services. */
@Route(value = "payments", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class PaymentsView extends PlaceholderView {
    public PaymentsView() {
        super("nav.payments");
    }
}
