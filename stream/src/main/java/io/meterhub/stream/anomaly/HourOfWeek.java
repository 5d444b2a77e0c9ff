package io.meterhub.stream.anomaly;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The local hour of the week, 0 (Monday 00:00-01:00) to 167 (Sunday 23:00-24:00): people live by the local clock. */
public final class HourOfWeek {
    public static final int SLOTS = 168;

    private HourOfWeek() {
    }

    public static int of(long epochMillis, ZoneId zone) {
        ZonedDateTime local = Instant.ofEpochMilli(epochMillis).atZone(zone);
        return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
    }
}
