package io.meterhub.dashboard.ui;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.organizations.OrganizationKind;
import io.meterhub.cabinet.organizations.OrganizationService;
import io.meterhub.dashboard.security.MeterhubUser;

import java.util.Arrays;
import java.util.Set;

/**
 * What pages a staff user may open: the modules they hold ({@link RequiresModule}) within what their
 * organization does ({@link ForOrganizations}). Read once per layout or navigation; the services check again.
 *
 * @param kind null for a user who is not staff, or whose organization is not found
 */
public record StaffScope(Set<StaffModule> modules, OrganizationKind kind) {
    public static final StaffScope NONE = new StaffScope(Set.of(), null);

    public static StaffScope of(MeterhubUser user, StaffRights rights, OrganizationService organizations) {
        if (user == null) {
            return NONE;
        }
        return StaffViewer.of(user).map(staff -> new StaffScope(rights.modules(staff), organizations.kindOf(staff).orElse(null)))
                .orElse(NONE);
    }

    /** True when the page names no module and no kind, or the user holds its module and their organization is of its kinds. */
    public boolean opens(Class<?> view) {
        RequiresModule module = view == null ? null : view.getAnnotation(RequiresModule.class);
        return RequiresModule.Rule.holds(module, modules) && serves(view);
    }

    /** True when the page serves every kind of organization or the user's. */
    public boolean serves(Class<?> view) {
        ForOrganizations kinds = view == null ? null : view.getAnnotation(ForOrganizations.class);
        return kinds == null || kind == null || Arrays.asList(kinds.value()).contains(kind);
    }
}
