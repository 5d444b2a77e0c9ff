package io.meterhub.dashboard.ui.customer;

import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Monthly receipts (PDF with the GOST R 56042-2014 payment QR). To be built over the cabinet's services. */
@Route(value = "receipts", layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class ReceiptsView extends PlaceholderView {
    public ReceiptsView() {
        super("nav.receipts");
    }
}
