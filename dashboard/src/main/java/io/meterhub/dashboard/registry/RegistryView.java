package io.meterhub.dashboard.registry;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.registry.RegistryService;
import io.meterhub.dashboard.ui.MainLayout;
import io.meterhub.dashboard.ui.ModulePage;
import io.meterhub.dashboard.ui.RequiresModule;
import jakarta.annotation.security.RolesAllowed;

/**
 * The registry (Каналы учёта): what telemetry comes from. Controllers, MQTT ones with the broker
 * password issued and rotated here (shown once), Modbus ones with their address and profile; meters
 * with their number, account, object and verification date; meter replacements with the final and
 * initial values. A meter registered here is accepted by the running pipeline at once.
 */
@Menu(title = "nav.admin-registry", order = 35, icon = "vaadin:connect")
@Route(value = "admin/registry", layout = MainLayout.class)
@RolesAllowed({Role.OPERATOR_NAME, Role.ADMIN_NAME})
@RequiresModule(StaffModule.REGISTRY)
public class RegistryView extends ModulePage {
    public static final String TABS_ID = "registry-tabs";
    public static final String CONTROLLERS_TAB_ID = "registry-tab-controllers";
    public static final String METERS_TAB_ID = "registry-tab-meters";

    private final transient RegistryService registry;

    public RegistryView(AuthenticationContext authentication, StaffRights rights, RegistryService registry) {
        super("nav.admin-registry", authentication, rights);
        this.registry = registry;
        viewer().ifPresent(this::build);
    }

    private void build(Viewer viewer) {
        TabSheet tabs = new TabSheet();
        tabs.setId(TABS_ID);
        tabs.setWidthFull();
        Tab controllers = tabs.add(getTranslation("admin.registry.tab.controllers"), new ControllersSection(registry, viewer));
        controllers.setId(CONTROLLERS_TAB_ID);
        Tab meters = tabs.add(getTranslation("admin.registry.tab.meters"), new MetersSection(registry, viewer));
        meters.setId(METERS_TAB_ID);
        add(tabs);
    }
}
