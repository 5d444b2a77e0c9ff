package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.access.StaffModule;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** The staff's side (module APPEALS): an office's day schedule, and visits marked held or missed, each mark audited. */
public final class VisitDesk {
    private final Transactions transactions;
    private final VisitRepository visits;
    private final OfficeRepository offices;
    private final VisitAccess access;
    private final VisitSlots slots;
    private final AuditLog audit;
    private final Clock clock;

    public VisitDesk(Transactions transactions, VisitRepository visits, OfficeRepository offices, VisitAccess access, VisitSlots slots,
                     AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.visits = visits;
        this.offices = offices;
        this.access = access;
        this.slots = slots;
        this.audit = audit;
        this.clock = clock;
    }

    /** The offices of the viewer's organization. */
    public List<Office> offices(Viewer viewer) {
        access.requireStaff(viewer, StaffModule.APPEALS);
        return offices.ofOrganizations(List.of(viewer.organizationId())).stream().map(Office::of).toList();
    }

    public DaySchedule schedule(Viewer viewer, long officeId, LocalDate date) {
        Office office = access.staffOffice(viewer, officeId, StaffModule.APPEALS);
        Map<LocalDateTime, DaySchedule.Line> lines = new TreeMap<>();
        for (Slot slot : slots.of(office, date)) {
            lines.put(slot.start(), new DaySchedule.Line(slot.start(), slot.end(), slot.capacity(), new ArrayList<>()));
        }
        Instant from = date.atStartOfDay(office.zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(office.zone()).toInstant();
        for (VisitRow row : visits.ofOffice(officeId, from, to)) {
            Visit visit = Visit.of(row);
            lines.computeIfAbsent(visit.start(), s -> new DaySchedule.Line(s, visit.end(), office.capacity(), new ArrayList<>())).visits()
                    .add(visit);
        }
        List<DaySchedule.Line> frozen = lines.values().stream().map(l -> new DaySchedule.Line(l.start(), l.end(), l.capacity(),
                List.copyOf(l.visits()))).toList();
        return new DaySchedule(office, date, slots.days().hours(office, date), frozen);
    }

    /** The customer came: the visit is HELD with the time, what a later rating of the service refers to. */
    public Visit held(Viewer viewer, long visitId) {
        return mark(viewer, visitId, VisitStatus.HELD, Visit::requireHoldable);
    }

    /** The customer did not come. */
    public Visit missed(Viewer viewer, long visitId) {
        return mark(viewer, visitId, VisitStatus.MISSED, Visit::requireMissable);
    }

    private Visit mark(Viewer viewer, long visitId, VisitStatus status, BiConsumer<Visit, Instant> rule) {
        access.requireStaff(viewer, StaffModule.APPEALS);
        Instant now = clock.instant();
        return audit.atomically(() -> transactions.inTransaction(tx -> {
            Visit before = access.staffLocked(tx, viewer, visitId);
            rule.accept(before, now);
            visits.mark(tx, visitId, status.name(), now, viewer.userId());
            Visit after = Visit.of(visits.lock(tx, visitId).orElseThrow());
            audit.record(viewer, after.organizationId(), "visits." + status.name().toLowerCase(java.util.Locale.ROOT), "visit",
                    String.valueOf(visitId), summary(before), summary(after), null);
            return after;
        }));
    }

    /** What the audit keeps of a visit: no customer's name. */
    private static AuditedVisit summary(Visit visit) {
        return new AuditedVisit(visit.officeName(), visit.start().toString(), visit.status());
    }

    private record AuditedVisit(String office, String start, VisitStatus status) {
    }
}
