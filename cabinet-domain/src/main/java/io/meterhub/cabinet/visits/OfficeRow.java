package io.meterhub.cabinet.visits;

import java.util.List;

/** An office as stored, with its organization's time zone and its hours (closed weekdays have none). */
public record OfficeRow(long id, String organizationId, String organizationName, String timeZone, String name, String address, int slotMinutes,
                        int staffCount, Double latitude, Double longitude, List<OfficeHoursRow> hours) {
    public OfficeRow {
        hours = List.copyOf(hours);
    }
}
