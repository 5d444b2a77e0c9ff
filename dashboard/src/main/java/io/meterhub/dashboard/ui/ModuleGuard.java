package io.meterhub.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.dashboard.security.MeterhubUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Staff reach a page of a control panel module ({@link RequiresModule}) only while they hold the
 * module, also by typing its address: others get "not found", as for a page that does not exist.
 * Pages built on {@link ModulePage} say why instead; their services check the module again.
 */
@Component
public class ModuleGuard implements VaadinServiceInitListener {
    private final StaffRights rights;
    private final OrganizationService organizations;

    public ModuleGuard(StaffRights rights, OrganizationService organizations) {
        this.rights = rights;
        this.organizations = organizations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        boolean scoped = target.isAnnotationPresent(RequiresModule.class) || target.isAnnotationPresent(ForOrganizations.class);
        if (!scoped) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof MeterhubUser user)) {
            return;
        }
        // a ModulePage says itself which module is missing; a page of another kind of organization does not exist for them
        StaffScope scope = StaffViewer.of(user).isPresent() ? StaffScope.of(user, rights, organizations) : null;
        if (scope != null && !(ModulePage.class.isAssignableFrom(target) ? scope.serves(target) : scope.opens(target))) {
            event.rerouteToError(NotFoundException.class);
        }
    }
}
