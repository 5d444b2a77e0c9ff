package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.common.ValidationException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** The slots of an office's day with the places taken in each, and the check that a chosen start is one of them and still ahead. */
public final class VisitSlots {
    /** How far ahead a customer may book: our choice, two months. */
    public static final int BOOKING_DAYS = 60;
    public static final String NO_SUCH_SLOT = "visits.no_such_slot";
    public static final String SLOT_PAST = "visits.slot_past";
    public static final String TOO_FAR = "visits.too_far";

    private final OfficeDays days;
    private final VisitRepository visits;
    private final Clock clock;

    public VisitSlots(OfficeDays days, VisitRepository visits, Clock clock) {
        this.days = days;
        this.visits = visits;
        this.clock = clock;
    }

    public OfficeDays days() {
        return days;
    }

    /** Every slot of the day, with its places taken. */
    public List<Slot> of(Office office, LocalDate date) {
        List<LocalDateTime> starts = days.starts(office, date);
        if (starts.isEmpty()) {
            return List.of();
        }
        Instant from = date.atStartOfDay(office.zone()).toInstant();
        Instant to = date.plusDays(1).atStartOfDay(office.zone()).toInstant();
        Map<Instant, Integer> taken = visits.taken(office.id(), from, to);
        return starts.stream().map(start -> slot(office, start, taken.getOrDefault(start.atZone(office.zone()).toInstant(), 0))).toList();
    }

    /** The slot starting at {@code start}, refused when the office has no such slot, it has begun, or it is too far ahead. */
    public Slot bookable(Office office, LocalDateTime start) {
        if (start == null || !days.starts(office, start.toLocalDate()).contains(start)) {
            throw new ValidationException(NO_SUCH_SLOT);
        }
        Slot slot = slot(office, start, 0);
        Instant now = clock.instant();
        if (!now.isBefore(slot.startsAt())) {
            throw new ValidationException(SLOT_PAST);
        }
        if (start.toLocalDate().isAfter(LocalDate.ofInstant(now, office.zone()).plusDays(BOOKING_DAYS))) {
            throw new ValidationException(TOO_FAR, BOOKING_DAYS);
        }
        return slot;
    }

    private static Slot slot(Office office, LocalDateTime start, int taken) {
        LocalDateTime end = start.plusMinutes(office.slotMinutes());
        return new Slot(start, end, start.atZone(office.zone()).toInstant(), end.atZone(office.zone()).toInstant(), office.capacity(), taken);
    }
}
