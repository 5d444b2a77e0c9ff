package io.meterhub.storage.registry;

import io.meterhub.protocols.meter.TariffZoneSchedule;

import java.time.ZoneId;

/**
 * A utility that owns meters: its local calendar decides days and months, its schedule the zones.
 *
 * @param zoneSchedule text form, see {@link TariffZoneSchedule#parse(String)}
 */
public record Organization(String id, String name, String kind, ZoneId timeZone, String zoneSchedule) {
    public Organization {
        TariffZoneSchedule.parse(zoneSchedule);
    }
}
