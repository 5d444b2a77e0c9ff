package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Tx;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may see an appeal: the customer who wrote it, and the staff of its organization holding the APPEALS
 * module (checked on every call). Anyone else is told there is no such appeal, whether it exists or not.
 */
public final class AppealAccess {
    public static final String NO_SUCH_APPEAL = "appeals.no_such_appeal";

    private final AppealRepository appeals;
    private final StaffRights rights;

    public AppealAccess(AppealRepository appeals, StaffRights rights) {
        this.appeals = appeals;
        this.rights = rights;
    }

    public Appeal visible(Viewer viewer, long appealId) {
        requireSide(viewer);
        return checked(viewer, appeals.byId(appealId));
    }

    /** The appeal locked for a transition, for a viewer who may see it. */
    public Appeal locked(Tx tx, Viewer viewer, long appealId) {
        requireSide(viewer);
        return checked(viewer, appeals.lock(tx, appealId));
    }

    /** Staff of an organization holding APPEALS; a customer passes here (their own appeals are checked one by one). */
    public void requireSide(Viewer viewer) {
        if (viewer.role().staff()) {
            rights.require(viewer, StaffModule.APPEALS);
        } else if (viewer.role() != Role.CUSTOMER) {
            throw new AccessDeniedException(NO_SUCH_APPEAL);
        }
    }

    public void requireStaff(Viewer viewer) {
        if (!viewer.role().staff()) {
            throw AccessDeniedException.staffOnly();
        }
        rights.require(viewer, StaffModule.APPEALS);
    }

    private static Appeal checked(Viewer viewer, Optional<AppealRow> row) {
        Appeal appeal = row.map(Appeal::of).orElseThrow(() -> new AccessDeniedException(NO_SUCH_APPEAL));
        boolean mine = viewer.role() == Role.CUSTOMER ? appeal.customerUserId() == viewer.userId()
                : Objects.equals(viewer.organizationId(), appeal.organizationId());
        if (!mine) {
            throw new AccessDeniedException(NO_SUCH_APPEAL);
        }
        return appeal;
    }
}
