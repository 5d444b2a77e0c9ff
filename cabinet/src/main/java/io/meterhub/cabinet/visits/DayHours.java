package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.common.ValidationException;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An office's hours on one day, local time of its organization, with an optional lunch break inside them.
 *
 * @param breakFrom null when there is no break (then breakTo is null too)
 */
public record DayHours(LocalTime opens, LocalTime closes, LocalTime breakFrom, LocalTime breakTo) {
    public static final String HOURS_INVALID = "visits.hours_invalid";
    public static final String BREAK_INVALID = "visits.break_invalid";
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d{1,2}(?::\\d{2})?)\\s*[-–—]\\s*(\\d{1,2}(?::\\d{2})?)\\s*");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public DayHours {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new ValidationException(HOURS_INVALID, opens + "–" + closes);
        }
        if ((breakFrom == null) != (breakTo == null)
                || breakFrom != null && !(opens.isBefore(breakFrom) && breakFrom.isBefore(breakTo) && breakTo.isBefore(closes))) {
            throw new ValidationException(BREAK_INVALID);
        }
    }

    /**
     * The hours as staff type them, "09:00–18:00" (or "9-18"), and the break the same way or blank; empty when the hours
     * are blank (the office is closed that day).
     */
    public static Optional<DayHours> parse(String hours, String lunch) {
        if (hours == null || hours.isBlank()) {
            return Optional.empty();
        }
        LocalTime[] open = range(hours, HOURS_INVALID);
        if (!open[0].isBefore(open[1])) {
            throw new ValidationException(HOURS_INVALID, hours.strip());
        }
        LocalTime[] pause = lunch == null || lunch.isBlank() ? new LocalTime[2] : range(lunch, BREAK_INVALID);
        return Optional.of(new DayHours(open[0], open[1], pause[0], pause[1]));
    }

    private static LocalTime[] range(String text, String code) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new ValidationException(code, text.strip());
        }
        try {
            return new LocalTime[] {time(m.group(1)), time(m.group(2))};
        } catch (DateTimeParseException e) {
            throw new ValidationException(code, text.strip());
        }
    }

    private static LocalTime time(String text) {
        String padded = text.contains(":") ? text : text + ":00";
        return LocalTime.parse(padded.length() == 4 ? "0" + padded : padded, HH_MM);
    }

    /** The same day one hour shorter (a pre-holiday day); a break that no longer fits ends the day at its start. */
    public DayHours shortened() {
        LocalTime end = closes.minusHours(1);
        if (breakFrom != null && !breakTo.isBefore(end)) {
            return new DayHours(opens, breakFrom, null, null);
        }
        return end.isAfter(opens) ? new DayHours(opens, end, breakFrom, breakTo) : this;
    }

    /** "09:00–18:00". */
    public String hoursText() {
        return HH_MM.format(opens) + "–" + HH_MM.format(closes);
    }

    /** "13:00–13:45", or blank without a break. */
    public String breakText() {
        return breakFrom == null ? "" : HH_MM.format(breakFrom) + "–" + HH_MM.format(breakTo);
    }
}
