package io.meterhub.protocols.meter;

import java.time.ZoneId;

/**
 * What the pipeline must know of a registered meter to turn its registers into consumption.
 *
 * @param registerDigits   integer digits of the energy registers: they wrap at 10^digits kWh
 * @param tariffRegisters  how many tariff registers (1.8.1..) the meter keeps itself; 0 when zones
 *                         come from the organization's schedule
 * @param intervalSeconds  how often the meter is expected to report
 * @param controllerId     the controller the meter is wired to, whose topic alone may carry its
 *                         readings; null when the registry does not say (any topic is accepted)
 */
public record MeterInfo(String meterId, String organizationId, ZoneId timeZone, TariffZoneSchedule zoneSchedule,
                        int registerDigits, int tariffRegisters, int intervalSeconds, String controllerId)
        implements java.io.Serializable {

    /** A meter whose controller the registry does not name. */
    public MeterInfo(String meterId, String organizationId, ZoneId timeZone, TariffZoneSchedule zoneSchedule,
                     int registerDigits, int tariffRegisters, int intervalSeconds) {
        this(meterId, organizationId, timeZone, zoneSchedule, registerDigits, tariffRegisters, intervalSeconds, null);
    }

    /** The value at which an energy register wraps back to zero. */
    public double registerCapacity() {
        return Math.pow(10, registerDigits);
    }

    /** Whether a document on this controller's topic may carry the meter's readings. */
    public boolean reportsThrough(String topicController) {
        return controllerId == null || controllerId.equals(topicController);
    }
}
