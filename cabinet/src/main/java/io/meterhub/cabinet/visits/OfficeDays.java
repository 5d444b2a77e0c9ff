package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.calendar.ProductionCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which days an office receives and the slots of such a day, by its weekly hours and the production calendar: a public
 * holiday (or a day off moved onto a weekday) is closed, a pre-holiday day ends an hour early, a weekend declared working
 * takes the office's Friday hours unless it has its own for that weekday, and no slot overlaps the lunch break. A date
 * in a year the calendar does not cover is closed rather than guessed.
 */
public final class OfficeDays {
    private final ProductionCalendar calendar;

    public OfficeDays(ProductionCalendar calendar) {
        this.calendar = calendar;
    }

    public Optional<DayHours> hours(Office office, LocalDate date) {
        if (!calendar.covers(date)) {
            return Optional.empty();
        }
        DayOfWeek weekday = date.getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        Map<DayOfWeek, DayHours> week = office.hours();
        DayHours hours = week.get(weekday);
        if (!weekend && !calendar.isWorkingDay(date)) {
            return Optional.empty();
        }
        if (weekend && hours == null && calendar.isWorkingDay(date)) {
            hours = week.get(DayOfWeek.FRIDAY);
        }
        if (hours == null) {
            return Optional.empty();
        }
        return Optional.of(calendar.isShortened(date) ? hours.shortened() : hours);
    }

    /** The local start times of the day's slots, each {@code office.slotMinutes()} long, earliest first. */
    public List<LocalDateTime> starts(Office office, LocalDate date) {
        Optional<DayHours> hours = hours(office, date);
        if (hours.isEmpty()) {
            return List.of();
        }
        DayHours h = hours.get();
        List<LocalDateTime> starts = new ArrayList<>();
        if (h.breakFrom() == null) {
            cut(date, h.opens(), h.closes(), office.slotMinutes(), starts);
        } else {
            cut(date, h.opens(), h.breakFrom(), office.slotMinutes(), starts);
            cut(date, h.breakTo(), h.closes(), office.slotMinutes(), starts);
        }
        return starts;
    }

    private static void cut(LocalDate date, LocalTime from, LocalTime to, int minutes, List<LocalDateTime> starts) {
        LocalDateTime end = date.atTime(to);
        for (LocalDateTime start = date.atTime(from); !start.plusMinutes(minutes).isAfter(end); start = start.plusMinutes(minutes)) {
            starts.add(start);
        }
    }
}
