package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.common.StorageException;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The customer's side: the offices of their accounts' organizations, a day's free slots, booking one for a topic, their
 * own visits, moving and cancelling them while they are ahead. A slot never holds more visits than its capacity: the
 * place is taken on the slot's counter row in the booking's transaction.
 */
public final class VisitBooking {
    public static final String TOPIC_REQUIRED = "visits.topic_required";
    public static final String SLOT_FULL = "visits.slot_full";
    public static final String ALREADY_BOOKED = "visits.already_booked";
    public static final String OFFICE_NOT_OF_ACCOUNT = "visits.office_not_of_account";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Transactions transactions;
    private final VisitRepository visits;
    private final OfficeRepository offices;
    private final AccessPolicy accounts;
    private final VisitAccess access;
    private final VisitSlots slots;
    private final Clock clock;

    public VisitBooking(Transactions transactions, VisitRepository visits, OfficeRepository offices, AccessPolicy accounts, VisitAccess access,
                        VisitSlots slots, Clock clock) {
        this.transactions = transactions;
        this.visits = visits;
        this.offices = offices;
        this.accounts = accounts;
        this.access = access;
        this.slots = slots;
        this.clock = clock;
    }

    /** The offices of the organizations the customer has accounts with, each with those accounts; the first account's organization first. */
    public List<OfficeChoice> offices(Viewer viewer) {
        access.requireCustomer(viewer);
        Map<String, List<OfficeChoice.AccountOption>> byOrganization = new LinkedHashMap<>();
        for (AccountRow a : accounts.accounts(viewer)) {
            byOrganization.computeIfAbsent(a.organizationId(), o -> new ArrayList<>()).add(new OfficeChoice.AccountOption(a.id(), a.number(),
                    a.address()));
        }
        if (byOrganization.isEmpty()) {
            return List.of();
        }
        // the organizations in the order of the customer's accounts, so the first account's offices come first
        List<String> organizations = List.copyOf(byOrganization.keySet());
        return offices.ofOrganizations(organizations).stream().map(Office::of)
                .sorted(java.util.Comparator.comparingInt(o -> organizations.indexOf(o.organizationId())))
                .map(o -> new OfficeChoice(o, List.copyOf(byOrganization.get(o.organizationId())))).toList();
    }

    /** The day's slots of an office the customer may book in, with the places taken. */
    public List<Slot> slots(Viewer viewer, long officeId, LocalDate date) {
        return slots.of(visibleOffice(viewer, officeId), date);
    }

    public Visit book(Viewer viewer, NewVisit form) {
        access.requireCustomer(viewer);
        AccountRow account = accounts.account(viewer, form.accountId());
        Office office = visibleOffice(viewer, form.officeId());
        if (!Objects.equals(office.organizationId(), account.organizationId())) {
            throw new ValidationException(OFFICE_NOT_OF_ACCOUNT);
        }
        if (form.topic() == null) {
            throw new ValidationException(TOPIC_REQUIRED);
        }
        Slot slot = slots.bookable(office, form.start());
        Instant now = clock.instant();
        return once(() -> transactions.inTransaction(tx -> {
            take(tx, office, slot);
            long id = visits.create(tx, office.id(), viewer.userId(), account.id(), form.topic().name(), slot.startsAt(), slot.endsAt(), now);
            return Visit.of(visits.lock(tx, id).orElseThrow());
        }));
    }

    /** The customer's visits: those still ahead first, the soonest first; then the others, the latest first. */
    public List<Visit> mine(Viewer viewer) {
        access.requireCustomer(viewer);
        Instant now = clock.instant();
        List<Visit> all = visits.ofCustomer(viewer.userId()).stream().map(Visit::of).toList();
        List<Visit> ordered = new ArrayList<>(all.stream().filter(v -> v.changeable(now)).sorted(java.util.Comparator.comparing(Visit::startsAt))
                .toList());
        all.stream().filter(v -> !v.changeable(now)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    /** The visit moved to another slot of its office; the old place is freed and the new one taken in one transaction. */
    public Visit move(Viewer viewer, long visitId, LocalDateTime start) {
        access.requireCustomer(viewer);
        Instant now = clock.instant();
        return once(() -> transactions.inTransaction(tx -> {
            Visit visit = access.customersLocked(tx, viewer, visitId);
            visit.requireChangeable(now);
            Office office = Office.of(offices.byId(visit.officeId()).orElseThrow());
            Slot slot = slots.bookable(office, start);
            if (slot.startsAt().equals(visit.startsAt())) {
                return visit;
            }
            // the earlier slot's row first, so two moves between the same slots never wait for each other in a circle
            if (slot.startsAt().isBefore(visit.startsAt())) {
                take(tx, office, slot);
                visits.releasePlace(tx, office.id(), visit.startsAt());
            } else {
                visits.releasePlace(tx, office.id(), visit.startsAt());
                take(tx, office, slot);
            }
            visits.move(tx, visitId, slot.startsAt(), slot.endsAt());
            return Visit.of(visits.lock(tx, visitId).orElseThrow());
        }));
    }

    public Visit cancel(Viewer viewer, long visitId) {
        access.requireCustomer(viewer);
        Instant now = clock.instant();
        return transactions.inTransaction(tx -> {
            Visit visit = access.customersLocked(tx, viewer, visitId);
            visit.requireChangeable(now);
            visits.releasePlace(tx, visit.officeId(), visit.startsAt());
            visits.mark(tx, visitId, VisitStatus.CANCELLED.name(), now, viewer.userId());
            return Visit.of(visits.lock(tx, visitId).orElseThrow());
        });
    }

    private void take(Tx tx, Office office, Slot slot) {
        if (!visits.takePlace(tx, office.id(), slot.startsAt(), office.capacity())) {
            throw new ValidationException(SLOT_FULL, slot.start().toLocalTime().toString());
        }
    }

    private Office visibleOffice(Viewer viewer, long officeId) {
        access.requireCustomer(viewer);
        Office office = offices.byId(officeId).map(Office::of).orElseThrow(() -> new AccessDeniedException(VisitAccess.NO_SUCH_OFFICE));
        boolean hisOrganization = accounts.accounts(viewer).stream().anyMatch(a -> a.organizationId().equals(office.organizationId()));
        if (!hisOrganization) {
            throw new AccessDeniedException(VisitAccess.NO_SUCH_OFFICE);
        }
        return office;
    }

    /** A second place in one slot for the same customer (two clicks at once) is refused by the database's unique index. */
    private static Visit once(java.util.function.Supplier<Visit> booking) {
        try {
            return booking.get();
        } catch (StorageException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new ValidationException(ALREADY_BOOKED);
            }
            throw e;
        }
    }
}
