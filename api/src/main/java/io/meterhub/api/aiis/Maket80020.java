package io.meterhub.api.aiis;

import java.time.LocalDate;
import java.util.List;

/**
 * An 80020 file as read: one operating day of a sender, its areas, points, channels and periods
 * (facts: ../shared/data/aiis-80020.md). Times are still the file's wall clock; {@link TimeBasis}
 * places them.
 *
 * @param daylightSavingTime 0 winter, 1 summer, 2 a clock-change day (kept; only period flags place periods)
 */
public record Maket80020(long number, LocalDate day, String timestamp, int daylightSavingTime, String senderInn, String senderName,
                         List<Area> areas) {

    /** The file name the format gives it: 80020_INN_YYYYMMDD_N.xml. */
    public String fileName() {
        return "80020_" + senderInn + "_" + day.toString().replace("-", "") + "_" + number + ".xml";
    }

    /** @param timezone 1: Moscow time, 3: UTC+10 (the format's ids) */
    public record Area(String inn, String name, int timezone, List<Point> points, String pointer) {
    }

    public record Point(String code, String name, List<Channel> channels, String pointer) {
    }

    public record Channel(String code, List<Period> periods, String pointer) {
    }

    /**
     * @param startMinute minutes since the day's midnight on the file's clock
     * @param endMinute   the same; 1440 for an end of 0000
     * @param value       the text as written, trimmed; empty when missing
     * @param status      0 commercial, 1 not usable in settlements
     */
    public record Period(int startMinute, int endMinute, boolean summer, String value, int status, String pointer) {
    }
}
