package io.meterhub.dashboard.ui.operator;

import io.meterhub.dashboard.security.Role;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.PlaceholderView;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Manual readings under review (jumps, telemetry mismatches, lower values). To be built over the cabinet's services. */
@Route(value = "readings-to-check", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
public class ReadingsToCheckView extends PlaceholderView {
    public ReadingsToCheckView() {
        super("nav.readings-to-check");
    }
}
