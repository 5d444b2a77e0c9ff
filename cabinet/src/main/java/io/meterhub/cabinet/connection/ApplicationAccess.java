package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.common.Tx;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who sees an application and who may act on it: the applicant who owns it, the staff (operators,
 * administrators) of the grid company it is filed with, and the staff of the supplier it chose.
 * Anyone else gets {@link ConnectionError#NOT_FOUND}, whether it exists or not.
 */
public final class ApplicationAccess {
    private final ConnectionRepository applications;

    public ApplicationAccess(ConnectionRepository applications) {
        this.applications = Objects.requireNonNull(applications, "applications");
    }

    /** The application if the viewer may see it; otherwise {@link ConnectionError#NOT_FOUND}. */
    public ConnectionApplication visible(Viewer viewer, long applicationId) {
        return applications.byId(applicationId).map(ConnectionApplication::of).filter(a -> maySee(viewer, a))
                .orElseThrow(ConnectionError.NOT_FOUND::denied);
    }

    /** The same, with its row locked for the rest of the transaction. */
    ConnectionApplication lockVisible(Tx tx, Viewer viewer, long applicationId) {
        return applications.lock(tx, applicationId).map(ConnectionApplication::of).filter(a -> maySee(viewer, a))
                .orElseThrow(ConnectionError.NOT_FOUND::denied);
    }

    /** Refuses the action unless the viewer may take it and the application's status allows it. */
    void requireAllowed(Viewer viewer, ConnectionApplication application, WorkflowAction action) {
        if (!mayAct(viewer, application, Workflow.rule(action).actor())) {
            throw ConnectionError.NOT_PERMITTED.denied();
        }
        application.require(action);
        if (action == WorkflowAction.SIGN && application.applicantUserId() != null && application.applicantUserId() != viewer.userId()) {
            throw ConnectionError.NOT_PERMITTED.denied();
        }
    }

    /** The actions open to the viewer now. */
    Set<WorkflowAction> actions(Viewer viewer, ConnectionApplication application) {
        Set<WorkflowAction> open = EnumSet.noneOf(WorkflowAction.class);
        for (Map.Entry<WorkflowAction, Workflow.Rule> e : Workflow.RULES.entrySet()) {
            if (application.allows(e.getKey()) && mayAct(viewer, application, e.getValue().actor())) {
                open.add(e.getKey());
            }
        }
        if (!application.paper()) {
            open.remove(WorkflowAction.SIGNED_ON_PAPER);
        }
        // only the applicant with a login signs, in the cabinet
        if (!(viewer.role() == Role.CUSTOMER && Objects.equals(application.applicantUserId(), viewer.userId()))) {
            open.remove(WorkflowAction.SIGN);
        }
        return open;
    }

    /** The applicant's side may edit now: the owner, or the grid company's staff for a paper application, while DRAFT or INCOMPLETE. */
    boolean mayEdit(Viewer viewer, ConnectionApplication application) {
        return mayAct(viewer, application, Workflow.Actor.APPLICANT) && application.editable();
    }

    /**
     * The applicant's side is the owner, or the grid company's staff for a paper application; the
     * grid staff are the operators and administrators of the application's grid company.
     */
    static boolean mayAct(Viewer viewer, ConnectionApplication application, Workflow.Actor actor) {
        return switch (actor) {
            case APPLICANT -> isOwner(viewer, application) || (application.paper() && isGridStaff(viewer, application));
            case GRID_STAFF -> isGridStaff(viewer, application);
            case ANYONE -> true;
        };
    }

    static boolean isOwner(Viewer viewer, ConnectionApplication application) {
        return viewer.role() == Role.CUSTOMER && application.applicantUserId() != null && application.applicantUserId() == viewer.userId();
    }

    static boolean isGridStaff(Viewer viewer, ConnectionApplication application) {
        return viewer.role().staff() && Objects.equals(viewer.organizationId(), application.organizationId());
    }

    private static boolean isSupplierStaff(Viewer viewer, ConnectionApplication application) {
        return viewer.role() == Role.SUPPLIER && application.supplierOrganizationId() != null
                && Objects.equals(viewer.organizationId(), application.supplierOrganizationId()) && !application.draft();
    }

    static boolean maySee(Viewer viewer, ConnectionApplication application) {
        return isOwner(viewer, application) || isGridStaff(viewer, application) && (application.paper() || !application.draft())
                || isSupplierStaff(viewer, application);
    }

    static AuthorSide side(Viewer viewer) {
        return viewer.role() == Role.CUSTOMER ? AuthorSide.APPLICANT : AuthorSide.STAFF;
    }
}
