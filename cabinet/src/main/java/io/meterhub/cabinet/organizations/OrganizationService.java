package io.meterhub.cabinet.organizations;

import io.meterhub.cabinet.access.NoModuleException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.cabinet.common.InvalidFieldsException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization's properties and its sub-organizations, for staff holding the ORGANIZATION module:
 * of their own organization, or of one below it (a parent manages the cabinets it created; a
 * sub-organization never sees its parent or its siblings). Every change is in the audit log.
 */
public final class OrganizationService {
    private final OrganizationRepository organizations;
    private final StaffRights rights;
    private final AuditLog audit;

    public OrganizationService(OrganizationRepository organizations, StaffRights rights, AuditLog audit) {
        this.organizations = organizations;
        this.rights = rights;
        this.audit = audit;
    }

    public OrganizationProfile profile(Viewer viewer, String organizationId) {
        requireManages(viewer, organizationId);
        return organizations.profile(organizationId).map(OrganizationService::profile).orElseThrow(() -> new NoModuleException(StaffModule.ORGANIZATION));
    }

    /** The sub-organizations directly below one the viewer manages. */
    public List<OrganizationProfile> subOrganizations(Viewer viewer, String organizationId) {
        requireManages(viewer, organizationId);
        return organizations.children(organizationId).stream().map(OrganizationService::profile).toList();
    }

    /** Saves every property but the id, the parent and the kind; refuses the whole form when a field is wrong. */
    public OrganizationProfile update(Viewer viewer, OrganizationProfile changed, String reason) {
        return audit.atomically(() -> {
            OrganizationProfile before = profile(viewer, changed.id());
            OrganizationProfile after = normalized(new OrganizationProfile(before.id(), before.parentId(), changed.name(), before.kind(),
                    changed.timeZone(), changed.zoneSchedule(), changed.legalName(), changed.inn(), changed.kpp(), changed.ogrn(), changed.address(),
                    changed.phone(), changed.email(), changed.website(), changed.bankName(), changed.bic(), changed.correspondentAccount(),
                    changed.settlementAccount(), changed.windowFirstDay(), changed.windowLastDay()));
            refuseIfInvalid(after);
            if (!after.equals(before)) {
                organizations.update(row(after));
                audit.record(viewer, after.id(), "organization.update", "organization", after.id(), before, after, reason);
            }
            return after;
        });
    }

    /** Creates a cabinet for an organization below {@code parentId}; its id must be free. */
    public OrganizationProfile createSubOrganization(Viewer viewer, String parentId, OrganizationProfile child) {
        return audit.atomically(() -> {
            requireManages(viewer, parentId);
            OrganizationProfile created = normalized(new OrganizationProfile(child.id() == null ? null : child.id().strip().toUpperCase(java.util.Locale.ROOT),
                    parentId, child.name(), child.kind(), child.timeZone(), child.zoneSchedule(), child.legalName(), child.inn(), child.kpp(),
                    child.ogrn(), child.address(), child.phone(), child.email(), child.website(), child.bankName(), child.bic(),
                    child.correspondentAccount(), child.settlementAccount(), child.windowFirstDay(), child.windowLastDay()));
            refuseIfInvalid(created);
            if (!organizations.create(row(created))) {
                throw new InvalidFieldsException(List.of(FieldProblem.of("id", "organization.id_taken", created.id())));
            }
            audit.record(viewer, parentId, "organization.create", "organization", created.id(), null, created, null);
            return created;
        });
    }

    /** The services the organization bills, each with its own readings window where it has one. */
    public List<BilledServiceWindow> billedServices(Viewer viewer, String organizationId) {
        requireManages(viewer, organizationId);
        return organizations.billedServices(organizationId).stream()
                .map(s -> new BilledServiceWindow(s.serviceCode(), s.windowFirstDay(), s.windowLastDay())).toList();
    }

    /**
     * Replaces the services the organization bills; a service's window days are both set or both empty (the
     * organization's window then holds). Refused whole, each bad service named by its code.
     */
    public List<BilledServiceWindow> setBilledServices(Viewer viewer, String organizationId, List<BilledServiceWindow> services) {
        return audit.atomically(() -> {
            List<BilledServiceWindow> before = billedServices(viewer, organizationId);
            List<FieldProblem> problems = new ArrayList<>();
            for (BilledServiceWindow s : services) {
                boolean firstSet = s.windowFirstDay() != null;
                if (firstSet != (s.windowLastDay() != null)) {
                    problems.add(FieldProblem.of("service." + s.serviceCode(), "organization.service_window_both"));
                } else if (firstSet && (s.windowFirstDay() < 1 || s.windowFirstDay() > 28)) {
                    problems.add(FieldProblem.of("service." + s.serviceCode(), "organization.window_first_day"));
                } else if (firstSet && (s.windowLastDay() < s.windowFirstDay() || s.windowLastDay() > 31)) {
                    problems.add(FieldProblem.of("service." + s.serviceCode(), "organization.window_last_day"));
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidFieldsException(problems);
            }
            organizations.setBilledServices(organizationId, services.stream()
                    .map(s -> new BilledServiceRow(s.serviceCode(), s.windowFirstDay(), s.windowLastDay())).toList());
            List<BilledServiceWindow> after = billedServices(viewer, organizationId);
            if (!after.equals(before)) {
                audit.record(viewer, organizationId, "organization.services", "organization", organizationId, java.util.Map.of("services", before),
                        java.util.Map.of("services", after), null);
            }
            return after;
        });
    }

    /** What the staff viewer's own organization is (any staff user may know it: it decides which pages serve it). */
    public Optional<OrganizationKind> kindOf(Viewer viewer) {
        if (viewer == null || viewer.organizationId() == null || !viewer.role().staff()) {
            return Optional.empty();
        }
        return organizations.profile(viewer.organizationId()).map(r -> OrganizationKind.valueOf(r.kind()));
    }

    /** True when the viewer holds the ORGANIZATION module and the organization is theirs or below theirs. */
    public boolean manages(Viewer viewer, String organizationId) {
        return viewer != null && viewer.organizationId() != null && rights.has(viewer, StaffModule.ORGANIZATION)
                && (Objects.equals(viewer.organizationId(), organizationId) || organizations.isWithin(organizationId, viewer.organizationId()));
    }

    private void requireManages(Viewer viewer, String organizationId) {
        rights.require(viewer, StaffModule.ORGANIZATION);
        if (!manages(viewer, organizationId)) {
            throw new NoModuleException(StaffModule.ORGANIZATION);
        }
    }

    private static void refuseIfInvalid(OrganizationProfile profile) {
        List<FieldProblem> problems = new ArrayList<>(ProfileRules.problems(profile));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }

    private static OrganizationProfile normalized(OrganizationProfile p) {
        return new OrganizationProfile(p.id(), p.parentId(), trim(p.name()), p.kind(), trim(p.timeZone()), trim(p.zoneSchedule()),
                trim(p.legalName()), digits(p.inn()), trim(p.kpp()), digits(p.ogrn()), trim(p.address()), trim(p.phone()), trim(p.email()),
                trim(p.website()), trim(p.bankName()), digits(p.bic()), digits(p.correspondentAccount()), digits(p.settlementAccount()),
                p.windowFirstDay(), p.windowLastDay());
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String digits(String s) {
        String t = trim(s);
        return t == null ? null : t.replaceAll("[\\s-]", "");
    }

    private static OrganizationProfile profile(OrganizationProfileRow r) {
        return new OrganizationProfile(r.id(), r.parentId(), r.name(), OrganizationKind.valueOf(r.kind()), r.timeZone(), r.zoneSchedule(),
                r.legalName(), r.inn(), r.kpp(), r.ogrn(), r.address(), r.phone(), r.email(), r.website(), r.bankName(), r.bic(),
                r.correspondentAccount(), r.settlementAccount(), r.windowFirstDay(), r.windowLastDay());
    }

    private static OrganizationProfileRow row(OrganizationProfile p) {
        return new OrganizationProfileRow(p.id(), p.parentId(), p.name(), p.kind().name(), p.timeZone(), p.zoneSchedule(), p.legalName(),
                p.inn(), p.kpp(), p.ogrn(), p.address(), p.phone(), p.email(), p.website(), p.bankName(), p.bic(), p.correspondentAccount(),
                p.settlementAccount(), p.windowFirstDay(), p.windowLastDay());
    }
}
