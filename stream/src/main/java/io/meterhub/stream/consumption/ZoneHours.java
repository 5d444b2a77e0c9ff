package io.meterhub.stream.consumption;

/**
 * Which UTC hours a register can grow in. A tariff register counts only while its zone is active,
 * so its growth between two readings belongs to the zone's part of the interval, not to all of it;
 * a total register can grow at any hour.
 */
@FunctionalInterface
public interface ZoneHours {
    ZoneHours ALWAYS = hourStart -> true;

    boolean active(long hourStart);
}
