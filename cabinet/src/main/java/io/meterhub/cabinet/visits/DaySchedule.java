package io.meterhub.cabinet.visits;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * An office's day as staff see it: its hours (empty when it does not receive that day) and each slot with its visits,
 * earliest first; a visit whose time is no longer a slot (the hours changed after it was booked) still has its line.
 */
public record DaySchedule(Office office, LocalDate date, Optional<DayHours> hours, List<Line> lines) {
    public record Line(LocalDateTime start, LocalDateTime end, int capacity, List<Visit> visits) {
        /** Visits that take a place (booked, held or missed; not cancelled). */
        public long taken() {
            return visits.stream().filter(v -> v.status() != VisitStatus.CANCELLED).count();
        }
    }
}
