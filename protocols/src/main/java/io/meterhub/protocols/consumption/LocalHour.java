package io.meterhub.protocols.consumption;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One hour of an organization's local day as hourly consumption stores it: a UTC hour, its local
 * wall time and the label people read. A local day has 23, 24 or 25 of them; the wall time the
 * clock shows twice when it is set back is labelled with its offset ("02:00 +02", "02:00 +01") so
 * the two hours can be told apart, every other hour plainly ("02:00").
 */
public record LocalHour(Instant start, LocalDateTime local, String label) {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("x");

    public static LocalHour at(Instant start, ZoneId zone) {
        ZonedDateTime time = start.atZone(zone);
        return new LocalHour(start, time.toLocalDateTime(), label(time));
    }

    /** The hours of a local day: the UTC hours that start in [the day's start, the next day's start). */
    public static List<LocalHour> ofDay(LocalDate day, ZoneId zone) {
        Instant start = day.atStartOfDay(zone).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant hour = start.truncatedTo(ChronoUnit.HOURS);
        if (hour.isBefore(start)) {
            hour = hour.plus(1, ChronoUnit.HOURS); // a zone that is not a whole number of hours from UTC
        }
        List<LocalHour> hours = new ArrayList<>(25);
        for (; hour.isBefore(end); hour = hour.plus(1, ChronoUnit.HOURS)) {
            hours.add(at(hour, zone));
        }
        return hours;
    }

    private static String label(ZonedDateTime time) {
        String clock = CLOCK.format(time);
        boolean repeated = time.getZone().getRules().getValidOffsets(time.toLocalDateTime()).size() > 1;
        return repeated ? clock + " " + OFFSET.format(time) : clock;
    }
}
