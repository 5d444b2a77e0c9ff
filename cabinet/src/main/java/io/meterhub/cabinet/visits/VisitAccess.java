package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Tx;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may see a visit or an office: the customer their own visits; staff of the office's organization holding the module
 * (APPEALS for visits, ORGANIZATION for offices), checked on every call. Anyone else is told there is no such visit or
 * office, whether it exists or not.
 */
public final class VisitAccess {
    public static final String NO_SUCH_VISIT = "visits.no_such_visit";
    public static final String NO_SUCH_OFFICE = "visits.no_such_office";

    private final VisitRepository visits;
    private final OfficeRepository offices;
    private final StaffRights rights;

    public VisitAccess(VisitRepository visits, OfficeRepository offices, StaffRights rights) {
        this.visits = visits;
        this.offices = offices;
        this.rights = rights;
    }

    public void requireCustomer(Viewer viewer) {
        if (viewer.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(NO_SUCH_VISIT);
        }
    }

    public void requireStaff(Viewer viewer, StaffModule module) {
        if (!viewer.role().staff()) {
            throw AccessDeniedException.staffOnly();
        }
        rights.require(viewer, module);
    }

    /** The customer's own visit (or one of the staff's organization), as it is now. */
    public Visit visible(Viewer viewer, long visitId) {
        if (viewer.role().staff()) {
            requireStaff(viewer, StaffModule.APPEALS);
        } else {
            requireCustomer(viewer);
        }
        return mine(viewer, visits.byId(visitId));
    }

    /** The customer's own visit, locked for a change. */
    public Visit customersLocked(Tx tx, Viewer viewer, long visitId) {
        requireCustomer(viewer);
        return mine(viewer, visits.lock(tx, visitId));
    }

    /** A visit to an office of the staff user's organization, locked for marking; the viewer holds APPEALS. */
    public Visit staffLocked(Tx tx, Viewer viewer, long visitId) {
        requireStaff(viewer, StaffModule.APPEALS);
        return mine(viewer, visits.lock(tx, visitId));
    }

    /** An office of the staff user's organization; the viewer holds the module. */
    public Office staffOffice(Viewer viewer, long officeId, StaffModule module) {
        requireStaff(viewer, module);
        return offices.byId(officeId).filter(o -> Objects.equals(o.organizationId(), viewer.organizationId())).map(Office::of)
                .orElseThrow(() -> new AccessDeniedException(NO_SUCH_OFFICE));
    }

    private static Visit mine(Viewer viewer, Optional<VisitRow> row) {
        Visit visit = row.map(Visit::of).orElseThrow(() -> new AccessDeniedException(NO_SUCH_VISIT));
        boolean mine = viewer.role() == Role.CUSTOMER ? visit.customerUserId() == viewer.userId()
                : Objects.equals(viewer.organizationId(), visit.organizationId());
        if (!mine) {
            throw new AccessDeniedException(NO_SUCH_VISIT);
        }
        return visit;
    }
}
