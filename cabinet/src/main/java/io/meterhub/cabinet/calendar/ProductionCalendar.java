package io.meterhub.cabinet.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Russian production calendar: which days are working days, with the public holidays, the days
 * off moved by decree and the weekends declared working. One data file per year on the classpath,
 * {@code calendar/ru-<year>.json} ({@code holidays}: weekdays off; {@code working_weekends}: Saturdays
 * or Sundays worked), so that next year is added by dropping in its file once the decree is out.
 *
 * <p>Terms in working days count the days after the start: a notice received on Friday with a term of
 * one working day is due on Monday. A date in a year without data is refused with
 * {@link CalendarNotCoveredException} rather than guessed.
 */
public final class ProductionCalendar {
    private static final String RESOURCE = "calendar/ru-%d.json";
    private static final int SEARCH_FROM = 2000;
    private static final int SEARCH_TO = 2100;

    private final Map<Integer, Year> years;

    /** @param shortened working days one hour shorter (Labour Code art. 95: the day before a public holiday) */
    private record Year(Set<LocalDate> holidays, Set<LocalDate> workingWeekends, Set<LocalDate> shortened) {
    }

    private ProductionCalendar(Map<Integer, Year> years) {
        if (years.isEmpty()) {
            throw new IllegalStateException("no production calendar data: expected " + RESOURCE.formatted(SEARCH_FROM) + " and the like");
        }
        this.years = years;
    }

    /** Every year whose file is on the classpath. */
    public static ProductionCalendar russia() {
        ObjectMapper json = new ObjectMapper();
        Map<Integer, Year> years = new TreeMap<>();
        ClassLoader loader = ProductionCalendar.class.getClassLoader();
        for (int year = SEARCH_FROM; year <= SEARCH_TO; year++) {
            String name = RESOURCE.formatted(year);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in != null) {
                    years.put(year, parse(json.readTree(in), year, name));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return new ProductionCalendar(years);
    }

    private static Year parse(JsonNode root, int year, String name) {
        if (root.path("year").asInt() != year) {
            throw new IllegalStateException(name + " says it is for year " + root.path("year").asText() + ", not " + year);
        }
        Set<LocalDate> holidays = dates(root, "holidays", year, name);
        Set<LocalDate> working = dates(root, "working_weekends", year, name);
        for (LocalDate day : holidays) {
            if (isWeekend(day)) {
                throw new IllegalStateException(name + ": holiday " + day + " is a weekend; list only weekdays off");
            }
        }
        for (LocalDate day : working) {
            if (!isWeekend(day)) {
                throw new IllegalStateException(name + ": working weekend " + day + " is not a Saturday or Sunday");
            }
        }
        // older files may not list the shortened days: then none is shortened
        Set<LocalDate> shortened = root.has("shortened") ? dates(root, "shortened", year, name) : Set.of();
        return new Year(Set.copyOf(holidays), Set.copyOf(working), Set.copyOf(shortened));
    }

    private static Set<LocalDate> dates(JsonNode root, String field, int year, String name) {
        if (!root.path(field).isArray()) {
            throw new IllegalStateException(name + " has no list " + field);
        }
        Set<LocalDate> dates = new HashSet<>();
        for (JsonNode node : root.path(field)) {
            LocalDate day = LocalDate.parse(node.asText());
            if (day.getYear() != year) {
                throw new IllegalStateException(name + ": " + field + " lists " + day + ", outside " + year);
            }
            dates.add(day);
        }
        return dates;
    }

    /** The first and last years with data. */
    public int firstYear() {
        return ((TreeMap<Integer, Year>) years).firstKey();
    }

    public int lastYear() {
        return ((TreeMap<Integer, Year>) years).lastKey();
    }

    public boolean covers(LocalDate day) {
        return years.containsKey(day.getYear());
    }

    public boolean isWorkingDay(LocalDate day) {
        Year year = years.get(day.getYear());
        if (year == null) {
            throw new CalendarNotCoveredException(day.getYear(), firstYear(), lastYear());
        }
        return isWeekend(day) ? year.workingWeekends().contains(day) : !year.holidays().contains(day);
    }

    /** A working day one hour shorter than usual (a pre-holiday day); false for a year without data. */
    public boolean isShortened(LocalDate day) {
        Year year = years.get(day.getYear());
        return year != null && year.shortened().contains(day);
    }

    /** The day on which a term of {@code days} working days counted after {@code start} ends; {@code start} itself when days is 0. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a term of " + days + " working days");
        }
        LocalDate day = start;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: how many of a term have
     * passed. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
