package io.meterhub.cabinet.access;

import io.meterhub.cabinet.staff.StaffRepository;
import io.meterhub.cabinet.staff.StaffRow;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
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
        if (viewer == null || !viewer.role().staff()) {
            return EnumSet.noneOf(StaffModule.class);
        }
        Optional<StaffRow> row = staff.staff(viewer.userId()).filter(r -> r.blockedAt() == null);
        if (row.isEmpty()) {
            return EnumSet.noneOf(StaffModule.class);
        }
        if (viewer.role() == Role.ADMIN) {
            return EnumSet.allOf(StaffModule.class);
        }
        EnumSet<StaffModule> granted = EnumSet.noneOf(StaffModule.class);
        row.get().modules().forEach(m -> granted.add(StaffModule.valueOf(m)));
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

    /** Refuses unless the viewer holds at least one of the modules (the refusal names the first). */
    public void requireAny(Viewer viewer, StaffModule first, StaffModule... others) {
        Set<StaffModule> held = modules(viewer);
        if (!held.contains(first) && java.util.Arrays.stream(others).noneMatch(held::contains)) {
            throw new NoModuleException(first);
        }
    }

    /** Refuses unless the viewer holds the module and works for this organization. */
    public void require(Viewer viewer, StaffModule module, String organizationId) {
        require(viewer, module);
        if (!Objects.equals(viewer.organizationId(), organizationId)) {
            throw new NoModuleException(module);
        }
    }
}
