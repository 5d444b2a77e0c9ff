package io.meterhub.protocols.meter;

import java.util.Arrays;
import java.util.List;

/**
 * An organization's time-of-day zones: which tariff zone each local hour of the day belongs to.
 * Zones are numbered as their registers: 1 peak (or day), 2 semi-peak (or night in a two-zone
 * schedule), 3 night. Russian schedules change zone on whole hours, so a day is 24 slots.
 */
public record TariffZoneSchedule(int[] zoneByHour) implements java.io.Serializable {

    public TariffZoneSchedule {
        if (zoneByHour.length != 24) {
            throw new IllegalArgumentException("a zone schedule has 24 hours, got " + zoneByHour.length);
        }
        zoneByHour = zoneByHour.clone();
    }

    /** One zone all day. */
    public static TariffZoneSchedule singleZone() {
        return parse(SINGLE_ZONE);
    }

    public static final String SINGLE_ZONE = "T1 00-24";
    public static final String THREE_ZONES = "T1 07-10,17-21; T2 10-17,21-23; T3 23-07";
    public static final String TWO_ZONES = "T1 07-23; T2 23-07";

    /** Peak 07-10 and 17-21, semi-peak 10-17 and 21-23, night 23-07: the common Russian three-zone split. */
    public static TariffZoneSchedule threeZoneDefault() {
        return parse(THREE_ZONES);
    }

    /**
     * Parses {@code "T1 07-10,17-21; T2 10-17,21-23; T3 23-07"}: every hour must be covered exactly once.
     */
    public static TariffZoneSchedule parse(String text) {
        int[] hours = new int[24];
        for (String part : text.split(";")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] zoneAndRanges = trimmed.split("\\s+", 2);
            if (zoneAndRanges.length != 2 || !zoneAndRanges[0].matches("T[1-3]")) {
                throw new IllegalArgumentException("zone schedule part \"" + trimmed + "\" must look like \"T1 07-10,17-21\"");
            }
            int zone = zoneAndRanges[0].charAt(1) - '0';
            for (String range : zoneAndRanges[1].split(",")) {
                String[] bounds = range.trim().split("-");
                if (bounds.length != 2) {
                    throw new IllegalArgumentException("hour range \"" + range.trim() + "\" must look like 07-10");
                }
                int from = hour(bounds[0]);
                int to = hour(bounds[1]);
                int length = from == to ? 24 : Math.floorMod(to - from, 24);
                for (int i = 0, h = from; i < length; i++, h = (h + 1) % 24) {
                    if (hours[h] != 0) {
                        throw new IllegalArgumentException("hour " + h + " is in two zones of \"" + text + "\"");
                    }
                    hours[h] = zone;
                }
            }
        }
        for (int h = 0; h < 24; h++) {
            if (hours[h] == 0) {
                throw new IllegalArgumentException("hour " + h + " is in no zone of \"" + text + "\"");
            }
        }
        return new TariffZoneSchedule(hours);
    }

    public int zoneAt(int localHour) {
        return zoneByHour[localHour];
    }

    public int zoneCount() {
        return (int) Arrays.stream(zoneByHour).distinct().count();
    }

    public List<Integer> asList() {
        return Arrays.stream(zoneByHour).boxed().toList();
    }

    private static int hour(String text) {
        int hour = Integer.parseInt(text.trim());
        if (hour < 0 || hour > 24) {
            throw new IllegalArgumentException("hour " + text + " is not between 0 and 24");
        }
        return hour % 24;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TariffZoneSchedule schedule && Arrays.equals(zoneByHour, schedule.zoneByHour);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(zoneByHour);
    }

    @Override
    public String toString() {
        return "TariffZoneSchedule" + Arrays.toString(zoneByHour);
    }
}
