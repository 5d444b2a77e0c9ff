package io.meterhub.cabinet.visits;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/** An office of an organization: where customers come, its weekly hours, the length of a slot and how many staff receive at once. */
public record Office(long id, String organizationId, String organizationName, ZoneId zone, String name, String address, int slotMinutes,
                     int staffCount, Double latitude, Double longitude, Map<DayOfWeek, DayHours> hours) {
    public Office {
        hours = hours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(hours));
    }

    public static Office of(OfficeRow row) {
        Map<DayOfWeek, DayHours> hours = new EnumMap<>(DayOfWeek.class);
        row.hours().forEach(h -> hours.put(DayOfWeek.of(h.weekday()), new DayHours(h.opens(), h.closes(), h.breakFrom(), h.breakTo())));
        return new Office(row.id(), row.organizationId(), row.organizationName(), ZoneId.of(row.timeZone()), row.name(), row.address(),
                row.slotMinutes(), row.staffCount(), row.latitude(), row.longitude(), hours);
    }

    /** The capacity of each of its slots. */
    public int capacity() {
        return staffCount;
    }
}
