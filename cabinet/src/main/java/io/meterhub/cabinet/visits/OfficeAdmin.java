package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.OrganizationRow;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The organization's offices in the control panel (module ORGANIZATION): create and edit, each change audited with before and after. */
public final class OfficeAdmin {
    public static final String NAME_REQUIRED = "visits.office.name_required";
    public static final String ADDRESS_REQUIRED = "visits.office.address_required";
    public static final String SLOT_INVALID = "visits.office.slot_invalid";
    public static final String STAFF_INVALID = "visits.office.staff_invalid";
    public static final String COORDINATES_INVALID = "visits.office.coordinates_invalid";
    public static final String NO_HOURS = "visits.office.no_hours";
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 300;

    private final Transactions transactions;
    private final OfficeRepository offices;
    private final AccountRepository accounts;
    private final VisitAccess access;
    private final AuditLog audit;
    private final Clock clock;

    public OfficeAdmin(Transactions transactions, OfficeRepository offices, AccountRepository accounts, VisitAccess access, AuditLog audit,
                       Clock clock) {
        this.transactions = transactions;
        this.offices = offices;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The offices of the viewer's organization by name. */
    public List<Office> offices(Viewer viewer) {
        access.requireStaff(viewer, StaffModule.ORGANIZATION);
        return offices.ofOrganizations(List.of(viewer.organizationId())).stream().map(Office::of).toList();
    }

    public Office save(Viewer viewer, OfficeForm form) {
        access.requireStaff(viewer, StaffModule.ORGANIZATION);
        Office before = form.id() == 0 ? null : access.staffOffice(viewer, form.id(), StaffModule.ORGANIZATION);
        OrganizationRow organization = accounts.organization(viewer.organizationId()).orElseThrow(() -> new AccessDeniedException(
                VisitAccess.NO_SUCH_OFFICE));
        OfficeRow row = checked(form, organization);
        return audit.atomically(() -> transactions.inTransaction(tx -> {
            long id = offices.save(tx, row, clock.instant());
            Office after = Office.of(offices.byIdIn(tx, id));
            audit.record(viewer, viewer.organizationId(), "visits.office", "office", after.name(), before == null ? null : summary(before),
                    summary(after), null);
            return after;
        }));
    }

    private static OfficeRow checked(OfficeForm form, OrganizationRow organization) {
        String name = text(form.name());
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new ValidationException(NAME_REQUIRED, MAX_NAME);
        }
        String address = text(form.address());
        if (address.isEmpty() || address.length() > MAX_ADDRESS) {
            throw new ValidationException(ADDRESS_REQUIRED, MAX_ADDRESS);
        }
        if (form.slotMinutes() == null || form.slotMinutes() < 5 || form.slotMinutes() > 240) {
            throw new ValidationException(SLOT_INVALID, 5, 240);
        }
        if (form.staffCount() == null || form.staffCount() < 1 || form.staffCount() > 50) {
            throw new ValidationException(STAFF_INVALID, 1, 50);
        }
        if ((form.latitude() == null) != (form.longitude() == null)
                || form.latitude() != null && (Math.abs(form.latitude()) > 90 || Math.abs(form.longitude()) > 180
                || form.latitude().isNaN() || form.longitude().isNaN())) {
            throw new ValidationException(COORDINATES_INVALID);
        }
        Map<DayOfWeek, DayHours> week = form.hours() == null ? Map.of() : form.hours();
        if (week.isEmpty()) {
            throw new ValidationException(NO_HOURS);
        }
        List<OfficeHoursRow> hours = new ArrayList<>();
        new TreeMap<>(week).forEach((day, h) -> hours.add(new OfficeHoursRow(day.getValue(), h.opens(), h.closes(), h.breakFrom(), h.breakTo())));
        return new OfficeRow(form.id(), organization.id(), organization.name(), organization.timeZone().getId(), name, address,
                form.slotMinutes(), form.staffCount(), form.latitude(), form.longitude(), hours);
    }

    /** Stripped, and without control characters (PostgreSQL refuses a NUL in text; a tab or line break has no place in a name). */
    private static String text(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** What the audit keeps of an office. */
    private static AuditedOffice summary(Office office) {
        Map<String, String> hours = new TreeMap<>();
        office.hours().forEach((day, h) -> hours.put(day.getValue() + "-" + day.name(), h.hoursText() + (h.breakFrom() == null ? ""
                : ", " + h.breakText())));
        return new AuditedOffice(office.name(), office.address(), office.slotMinutes(), office.staffCount(), office.latitude(),
                office.longitude(), hours);
    }

    private record AuditedOffice(String name, String address, int slotMinutes, int staffCount, Double latitude, Double longitude,
                                 Map<String, String> hours) {
    }
}
