package io.meterhub.cabinet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test sets and moves, in one zone. */
public final class MovableClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    public MovableClock(String localDateTime, ZoneId zone) {
        this.zone = zone;
        set(localDateTime);
    }

    /** To this local time in the clock's zone. */
    public void set(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
