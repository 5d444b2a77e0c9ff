package io.meterhub.cabinet.telemetry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** What the cabinet reads of telemetry: events of meters and sums of hourly consumption by zone register. */
public interface TelemetryRepository {
    /** Events of the meters in [from, to), oldest first. */
    List<EventRow> events(List<String> meterIds, Instant from, Instant to);

    /** The newest events of the meters, newest first. */
    List<EventRow> lastEvents(List<String> meterIds, int limit);

    /** How many tariff registers the telemetry meter has (0: its hours are zoned by the schedule). */
    Optional<Integer> tariffRegisters(String meterId);

    /** Consumption per local day and zone in [from, to) from the given registers. */
    List<DayZoneSum> dailyByZone(String meterId, String[] registers, ZoneId zone, Instant from, Instant to);

    /** Sum of consumption in [from, to) of the registers, of one labelled zone or of all (zone 0); empty when no hour is stored. */
    OptionalDouble sum(String meterId, String[] registers, int zone, Instant from, Instant to);

    /** The register's last raw value at or before {@code at}, no older than {@code notBefore}. */
    Optional<RegisterSample> sampleBefore(String meterId, String obis, Instant at, Instant notBefore);

    /** The register's first raw value at or after {@code at}, no later than {@code notAfter}. */
    Optional<RegisterSample> sampleAfter(String meterId, String obis, Instant at, Instant notAfter);
}
