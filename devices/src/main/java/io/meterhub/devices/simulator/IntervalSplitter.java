package io.meterhub.devices.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an interval at every UTC hour and every local hour boundary, so that each piece lies in one
 * UTC hour (the pipeline's bucket), one local day and one local hour (which decides the tariff zone).
 * Splitting at both matters for zones whose offset is not a whole hour.
 */
final class IntervalSplitter {
    static final long HOUR_MS = 3_600_000L;

    /** A piece of an interval: [start, end) within UTC hour {@code utcHour}, local day and hour. */
    record Piece(long start, long end, long utcHour, LocalDate localDay, int localHour) {
        long length() {
            return end - start;
        }
    }

    private final ZoneId zone;
    // All meters of a fleet share the reading grid, so one split serves the whole instant.
    private long cachedFrom = Long.MIN_VALUE;
    private long cachedTo = Long.MIN_VALUE;
    private List<Piece> cached = List.of();

    IntervalSplitter(ZoneId zone) {
        this.zone = zone;
    }

    List<Piece> split(long from, long to) {
        if (from == cachedFrom && to == cachedTo) {
            return cached;
        }
        List<Piece> pieces = new ArrayList<>(3);
        long cursor = from;
        while (cursor < to) {
            long utcHour = Math.floorDiv(cursor, HOUR_MS) * HOUR_MS;
            ZonedDateTime local = Instant.ofEpochMilli(cursor).atZone(zone);
            long nextLocalHour = local.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant().toEpochMilli();
            long end = Math.min(to, Math.min(utcHour + HOUR_MS, nextLocalHour));
            pieces.add(new Piece(cursor, end, utcHour, local.toLocalDate(), local.getHour()));
            cursor = end;
        }
        cachedFrom = from;
        cachedTo = to;
        cached = List.copyOf(pieces);
        return cached;
    }
}
