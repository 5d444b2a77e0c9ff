package io.meterhub.api.aiis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where an 80020 file's wall-clock periods lie in time. {@code area timezone="1"} is Moscow time,
 * read as a fixed UTC+3 (UTC+4 on the days of 2011-03-27 to 2014-10-25, when Moscow time was
 * permanent summer time), never through a DST-aware zone: current files have 48 plain periods.
 * A period marked {@code summer="1"} (historical clock-change days, before 2011) is one hour ahead
 * of that basis. {@code timezone="3"} is UTC+10 (UTC+11 in those years).
 */
public record TimeBasis(ZoneOffset standard) {
    private static final LocalDate PERMANENT_SUMMER_FROM = LocalDate.of(2011, 3, 27);
    private static final LocalDate PERMANENT_SUMMER_UNTIL = LocalDate.of(2014, 10, 26);

    /** The basis of an area, or null for a timezone id this API does not know. */
    public static TimeBasis of(int timezone, LocalDate day) {
        int hours = switch (timezone) {
            case 1 -> 3;
            case 3 -> 10;
            default -> Integer.MIN_VALUE;
        };
        if (hours == Integer.MIN_VALUE) {
            return null;
        }
        boolean permanentSummer = !day.isBefore(PERMANENT_SUMMER_FROM) && day.isBefore(PERMANENT_SUMMER_UNTIL);
        return new TimeBasis(ZoneOffset.ofHours(hours + (permanentSummer ? 1 : 0)));
    }

    /** The instant of a wall-clock minute of the day (1440 is the next midnight), in summer time or not. */
    public Instant at(LocalDate day, int minute, boolean summer) {
        ZoneOffset offset = summer ? ZoneOffset.ofTotalSeconds(standard.getTotalSeconds() + 3600) : standard;
        return day.atStartOfDay().plusMinutes(minute).toInstant(offset);
    }
}
