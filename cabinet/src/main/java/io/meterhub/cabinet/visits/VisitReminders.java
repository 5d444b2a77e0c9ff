package io.meterhub.cabinet.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The day-before reminder: a booked visit whose day, in its organization's zone, is tomorrow gets one notice. The
 * visit's reminded_at is set before the notice goes, by a conditional update, so a run repeated (or two dashboards
 * running it) never reminds twice; a visit moved to another day is reminded again.
 */
public final class VisitReminders {
    private final VisitRepository visits;
    private final VisitNotifier notifier;

    public VisitReminders(VisitRepository visits, VisitNotifier notifier) {
        this.visits = visits;
        this.notifier = notifier;
    }

    /** Reminds of tomorrow's visits as seen at {@code now}; returns how many reminders were sent. */
    public int run(Instant now) {
        int sent = 0;
        // tomorrow ends at most two days ahead in any zone
        for (VisitRow row : visits.unreminded(now, now.plus(2, ChronoUnit.DAYS).plus(14, ChronoUnit.HOURS))) {
            Visit visit = Visit.of(row);
            LocalDate tomorrow = LocalDate.ofInstant(now, visit.zone()).plusDays(1);
            if (visit.start().toLocalDate().equals(tomorrow) && visits.markReminded(visit.id(), now)) {
                notifier.reminder(visit);
                sent++;
            }
        }
        return sent;
    }
}
