package io.meterhub.cabinet.access;

import io.meterhub.storage.cabinet.staff.StaffRepository;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a staff user may do in the control panel: an organization's administrator every module, an
 * operator the modules granted to them. Read from the database on every check, so that a revoked
 * module or a block takes effect at the next click, not at the next login.
 */
public final class StaffRights {
    private final StaffRepository staff;

    public StaffRights(StaffRepository staff) {
        this.staff = staff;
    }

    /** The modules the viewer holds; none for a customer, a supplier, or a blocked user. */
    public Set<StaffModule> modules(Viewer viewer) {
        if (viewer == null || !viewer.role().staff() || blocked(viewer)) {
            return EnumSet.noneOf(StaffModule.class);
        }
        if (viewer.role() == Role.ADMIN) {
            return EnumSet.allOf(StaffModule.class);
        }
        EnumSet<StaffModule> granted = EnumSet.noneOf(StaffModule.class);
        staff.modules(viewer.userId()).forEach(m -> granted.add(StaffModule.valueOf(m)));
        return granted;
    }

    public boolean has(Viewer viewer, StaffModule module) {
        return modules(viewer).contains(module);
    }

    /** Refuses unless the viewer holds the module. */
    public void require(Viewer viewer, StaffModule module) {
        if (!has(viewer, module)) {
            throw new NoModuleException(module);
        }
    }

    /** Refuses unless the viewer holds the module and works for this organization. */
    public void require(Viewer viewer, StaffModule module, String organizationId) {
        require(viewer, module);
        if (!Objects.equals(viewer.organizationId(), organizationId)) {
            throw new NoModuleException(module);
        }
    }

    private boolean blocked(Viewer viewer) {
        return staff.sessionState(viewer.userId()).map(s -> s.blockedAt() != null).orElse(true);
    }
}
