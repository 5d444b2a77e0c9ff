package io.meterhub.cabinet.staff;

import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;
import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.organizations.OrganizationRepository;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.NewUser;
import io.meterhub.cabinet.users.PasswordPolicy;
import io.meterhub.cabinet.users.UserService;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The staff of an organization as its holders of the STAFF module manage them: create operators with
 * modules, change the modules, block and unblock, end their sessions, send a one-time password link.
 * Nobody changes their own rights or blocks themselves, and only an administrator's own organization's
 * staff are reachable. Every action is in the audit log; the mechanics of blocks, sessions and links are
 * {@link Logins}'s, shared with customers' logins.
 */
public final class StaffService {
    private static final String SUPPLIER = "SUPPLIER";

    private final StaffRepository staff;
    private final OrganizationRepository organizations;
    private final StaffRights rights;
    private final UserService users;
    private final AuditLog audit;
    private final Logins logins;

    public StaffService(StaffRepository staff, OrganizationRepository organizations, StaffRights rights, UserService users, AuditLog audit,
                        Logins logins) {
        this.staff = staff;
        this.organizations = organizations;
        this.rights = rights;
        this.users = users;
        this.audit = audit;
        this.logins = logins;
    }

    public List<StaffMember> staffOf(Viewer viewer) {
        rights.require(viewer, StaffModule.STAFF);
        return staff.staffOf(viewer.organizationId()).stream().map(StaffService::member).toList();
    }

    public StaffMember member(Viewer viewer, long userId) {
        rights.require(viewer, StaffModule.STAFF);
        return reachable(viewer, userId);
    }

    public StaffMember create(Viewer viewer, NewStaff newStaff) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.STAFF);
            List<FieldProblem> problems = new java.util.ArrayList<>();
            if (newStaff.email() != null && !newStaff.email().isBlank() && !newStaff.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(FieldProblem.of("email", "organization.email_invalid"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidFieldsException(problems);
            }
            PasswordPolicy.check(newStaff.login(), newStaff.password());
            long id = users.create(new NewUser(newStaff.login(), newStaff.password(), Role.OPERATOR, newStaff.displayName(), "ru",
                    viewer.organizationId()));
            if (newStaff.email() != null && !newStaff.email().isBlank()) {
                logins.setEmail(id, newStaff.email().strip());
            }
            staff.setModules(id, names(newStaff.modules()), viewer.userId());
            StaffMember created = reachable(viewer, id);
            audit.record(viewer, viewer.organizationId(), "staff.create", "user", String.valueOf(id), null, snapshot(created), null);
            return created;
        });
    }

    /** The logins of the guaranteeing suppliers this grid company created as its sub-organizations (Decree 861's flow uses them). */
    public List<StaffMember> supplierStaff(Viewer viewer) {
        rights.require(viewer, StaffModule.STAFF);
        return staff.suppliersBelow(viewer.organizationId()).stream().map(StaffService::member).toList();
    }

    /** The guaranteeing suppliers (sub-organizations of kind SUPPLIER) the viewer's organization may create logins for. */
    public List<SupplierChoice> suppliers(Viewer viewer) {
        rights.require(viewer, StaffModule.STAFF);
        return organizations.children(viewer.organizationId()).stream().filter(o -> SUPPLIER.equals(o.kind()))
                .map(o -> new SupplierChoice(o.id(), o.name())).toList();
    }

    /** A login for a supplier's employee: they see the applications whose applicants chose that supplier, none of the grid company's pages. */
    public StaffMember createSupplierUser(Viewer viewer, String supplierOrganizationId, NewStaff newStaff) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.STAFF);
            if (suppliers(viewer).stream().noneMatch(s -> s.id().equals(supplierOrganizationId))) {
                throw new ValidationException("staff.no_such_supplier");
            }
            PasswordPolicy.check(newStaff.login(), newStaff.password());
            long id = users.create(new NewUser(newStaff.login(), newStaff.password(), Role.SUPPLIER, newStaff.displayName(), "ru",
                    supplierOrganizationId));
            if (newStaff.email() != null && !newStaff.email().isBlank()) {
                logins.setEmail(id, newStaff.email().strip());
            }
            StaffMember created = reachable(viewer, id);
            audit.record(viewer, viewer.organizationId(), "staff.create_supplier", "user", String.valueOf(id), null, snapshot(created), null);
            return created;
        });
    }

    public StaffMember setModules(Viewer viewer, long userId, Set<StaffModule> modules) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.STAFF);
            StaffMember before = changeable(viewer, userId);
            if (before.role() != Role.OPERATOR) {
                throw new ValidationException(before.role() == Role.ADMIN ? "staff.admin_holds_all_modules" : "staff.supplier_has_no_modules");
            }
            staff.setModules(userId, names(modules), viewer.userId());
            StaffMember after = reachable(viewer, userId);
            audit.record(viewer, viewer.organizationId(), "staff.modules", "user", String.valueOf(userId), snapshot(before), snapshot(after), null);
            return after;
        });
    }

    public StaffMember block(Viewer viewer, long userId, String reason) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.STAFF);
            if (reason == null || reason.isBlank()) {
                throw new InvalidFieldsException(List.of(FieldProblem.of("reason", "staff.block_reason_required")));
            }
            StaffMember before = changeable(viewer, userId);
            logins.block(userId, reason.strip());
            StaffMember after = reachable(viewer, userId);
            audit.record(viewer, viewer.organizationId(), "staff.block", "user", String.valueOf(userId), snapshot(before), snapshot(after), reason.strip());
            return after;
        });
    }

    public StaffMember unblock(Viewer viewer, long userId) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.STAFF);
            StaffMember before = changeable(viewer, userId);
            logins.unblock(userId);
            StaffMember after = reachable(viewer, userId);
            audit.record(viewer, viewer.organizationId(), "staff.unblock", "user", String.valueOf(userId), snapshot(before), snapshot(after), null);
            return after;
        });
    }

    /** Every session of the user that exists now ends at its next request. */
    public void endSessions(Viewer viewer, long userId) {
        audit.atomically(() -> {
            rights.require(viewer, StaffModule.STAFF);
            changeable(viewer, userId);
            logins.endSessions(userId);
            audit.record(viewer, viewer.organizationId(), "staff.end_sessions", "user", String.valueOf(userId), null, null, null);
        });
    }

    /**
     * Emails the user a link to set a new password, valid for {@link Logins#RESET_VALID}, usable once.
     *
     * @return false when it could not be sent (no address)
     */
    public boolean sendPasswordReset(Viewer viewer, long userId) {
        return audit.atomically(() -> {
            rights.require(viewer, StaffModule.STAFF);
            reachable(viewer, userId);
            boolean sent = logins.sendPasswordReset(userId, viewer.userId());
            audit.record(viewer, viewer.organizationId(), "staff.password_reset", "user", String.valueOf(userId), null,
                    Map.of("sent", sent), null);
            return sent;
        });
    }

    private StaffMember changeable(Viewer viewer, long userId) {
        if (viewer.userId() == userId) {
            throw new ValidationException("staff.not_yourself");
        }
        return reachable(viewer, userId);
    }

    private StaffMember reachable(Viewer viewer, long userId) {
        return staff.staff(userId).filter(s -> Objects.equals(s.organizationId(), viewer.organizationId()) || supplierBelow(viewer, s))
                .map(StaffService::member)
                .orElseThrow(() -> new ValidationException("staff.no_such_user"));
    }

    private boolean supplierBelow(Viewer viewer, StaffRow row) {
        return Role.SUPPLIER.name().equals(row.role()) && organizations.profile(row.organizationId())
                .map(o -> Objects.equals(o.parentId(), viewer.organizationId())).orElse(false);
    }

    private static Map<String, Object> snapshot(StaffMember m) {
        return Map.of("login", m.login(), "role", m.role().name(), "modules", new TreeSet<>(m.modules().stream().map(Enum::name).toList()),
                "blocked", m.blocked());
    }

    private static List<String> names(Set<StaffModule> modules) {
        return modules == null ? List.of() : modules.stream().map(Enum::name).sorted().toList();
    }

    private static StaffMember member(StaffRow r) {
        Role role = Role.valueOf(r.role());
        Set<StaffModule> modules = role == Role.ADMIN ? EnumSet.allOf(StaffModule.class) : role == Role.SUPPLIER ? EnumSet.noneOf(StaffModule.class)
                : r.modules().stream().map(StaffModule::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffModule.class)));
        return new StaffMember(r.id(), r.login(), r.displayName(), role, r.email(), modules, r.blockedAt(), r.blockedReason());
    }
}
