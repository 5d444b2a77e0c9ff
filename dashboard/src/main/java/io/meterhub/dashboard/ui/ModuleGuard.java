package io.meterhub.dashboard.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.meterhub.cabinet.access.StaffRights;
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

    public ModuleGuard(StaffRights rights) {
        this.rights = rights;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        RequiresModule module = event.getNavigationTarget().getAnnotation(RequiresModule.class);
        if (module == null || ModulePage.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof MeterhubUser user)) {
            return;
        }
        StaffViewer.of(user).ifPresent(staff -> {
            if (!rights.has(staff, module.value())) {
                event.rerouteToError(NotFoundException.class);
            }
        });
    }
}
