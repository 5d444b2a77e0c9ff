package io.meterhub.dashboard.coverage;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.coverage.CoverageMap;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** The coverage map in the customer's menu: the same map and search as the public page, inside the cabinet. */
@Menu(title = "nav.coverage", order = 9, icon = "vaadin:map-marker")
@Route(value = CustomerCoverageView.ROUTE, layout = MainLayout.class)
@RolesAllowed(Role.CUSTOMER_NAME)
public class CustomerCoverageView extends CustomerPage {
    public static final String ROUTE = "coverage";

    public CustomerCoverageView(AuthenticationContext authentication, CoverageMap map) {
        super("coverage.title", authentication);
        add(secondary(getTranslation("coverage.lead")), new CoverageMapPanel(map));
    }
}
