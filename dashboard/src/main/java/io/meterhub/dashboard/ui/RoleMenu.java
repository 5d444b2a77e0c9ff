package io.meterhub.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.meterhub.cabinet.access.Role;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.List;

/**
 * The menu of a role, read from the views' {@code @Menu} and {@code @RolesAllowed}: the layout knows no view,
 * so a feature adds its page to the menu by annotating it. Titles are i18n keys.
 */
public final class RoleMenu {
    private RoleMenu() {
    }

    /** The entries a role may open, in the annotations' order (staff see a module's pages only while they hold it). */
    public static List<MenuEntry> entries(Role role, StaffScope scope) {
        if (role == null) {
            return List.of();
        }
        return MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> allows(entry.menuClass(), role) && (!role.staff() || scope.opens(entry.menuClass()))).toList();
    }

    /** The entry's route as the router takes it: MenuConfiguration gives "/overview", links and forwards want "overview". */
    public static String route(MenuEntry entry) {
        return entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
    }

    private static boolean allows(Class<? extends Component> view, Role role) {
        RolesAllowed allowed = view == null ? null : view.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.asList(allowed.value()).contains(role.name());
    }
}
