package io.meterhub.cabinet.visits;

import java.time.Instant;
import java.time.LocalDateTime;

/** A time slot of an office: local start and end in the organization's zone, the instants, its capacity and the places taken. */
public record Slot(LocalDateTime start, LocalDateTime end, Instant startsAt, Instant endsAt, int capacity, int taken) {
    public int free() {
        return Math.max(0, capacity - taken);
    }

    public boolean full() {
        return free() == 0;
    }
}
