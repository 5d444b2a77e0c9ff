package io.meterhub.cabinet.visits;

import java.time.DayOfWeek;
import java.util.Map;

/**
 * What staff enter for an office: id 0 for a new one; hours per weekday (a weekday left out is closed); latitude and
 * longitude may be unknown.
 */
public record OfficeForm(long id, String name, String address, Integer slotMinutes, Integer staffCount, Double latitude, Double longitude,
                         Map<DayOfWeek, DayHours> hours) {
}
