package io.meterhub.dashboard.consumption;

import io.meterhub.protocols.consumption.LocalHour;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The hourly chart's x axis: the hours of its local day, 23, 24 or 25 of them, labelled as
 * {@link LocalHour} says ("02:00 +02" and "02:00 +01" the night the clock is set back). The previous
 * day's bars stand beside the hours of the same wall time: at the first of a repeated hour, and at
 * the next hour for the hour a day skips, so no bar loses its amount.
 */
public final class HourSlots {
    private static final Duration HOUR = Duration.ofHours(1);

    private final ZoneId zone;
    private final List<LocalHour> hours;

    public HourSlots(LocalDate day, ZoneId zone) {
        this.zone = zone;
        this.hours = LocalHour.ofDay(day, zone);
    }

    public List<String> labels() {
        return hours.stream().map(LocalHour::label).toList();
    }

    /** The slot of the hour holding {@code at}, -1 outside the day. */
    public int of(Instant at) {
        for (int slot = 0; slot < hours.size(); slot++) {
            Instant start = hours.get(slot).start();
            if (!at.isBefore(start) && at.isBefore(start.plus(HOUR))) {
                return slot;
            }
        }
        return -1;
    }

    /** The slot beside which an hour of the previous day stands: the same wall time a day later. */
    public int ofPreviousDay(LocalDateTime local) {
        // atZone takes the earlier offset of a repeated wall time and moves a skipped one past the gap
        return of(local.plusDays(1).atZone(zone).toInstant());
    }
}
