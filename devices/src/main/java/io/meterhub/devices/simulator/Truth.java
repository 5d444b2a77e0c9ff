package io.meterhub.devices.simulator;

import io.meterhub.protocols.telemetry.MeterEvent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline must end up with, recorded while the generator emits.
 *
 * <p>Between two consecutive readings of a meter the power is constant, so the energy of each
 * register is spread evenly over the time the register was growing: for 1.8.0 the whole interval
 * (which is exactly the pipeline's proportional split of the delta), for tariff register k only the
 * part of the interval whose local hour is in zone k. Energy before a meter's first reading is not
 * known to anyone and is not counted. Bad items never enter the truth; delivery faults
 * (duplicates, order, lateness) do not change it. Injected anomalies ({@link EpisodeSpec}) are in
 * the energy where they change power (a spike, a bypass); a register set back or jumping by
 * injection is not energy and is not in it.
 *
 * <p>Thread-safe: the live mode records from its own thread while a dashboard or test reads.
 */
public final class Truth {
    private record HourKey(String meterId, String obis, long hourStart) {
    }

    private record DayKey(String meterId, String obis, LocalDate day) {
    }

    private final ZoneId zone;
    private final Map<HourKey, double[]> hourly = new HashMap<>();
    private final Map<DayKey, double[]> daily = new HashMap<>();
    private final List<MeterEvent> events = new ArrayList<>();
    private final List<CounterReset> counterResets = new ArrayList<>();
    private final List<Rollover> rollovers = new ArrayList<>();
    private final List<MalformedItem> malformedItems = new ArrayList<>();
    private final List<InjectedEpisode> injectedEpisodes;
    private final List<String> generationMeters;
    private long readings;
    private long payloadsSent;
    private long duplicatesSent;
    private long lateSent;

    Truth(ZoneId zone, List<InjectedEpisode> injectedEpisodes, List<String> generationMeters) {
        this.zone = zone;
        this.injectedEpisodes = List.copyOf(injectedEpisodes);
        this.generationMeters = List.copyOf(generationMeters);
    }

    /**
     * The anomalies injected into the telemetry, planned up front: each is in the telemetry once
     * the replay covered it. Sorted by kind and meter.
     */
    public List<InjectedEpisode> injectedEpisodes() {
        return injectedEpisodes;
    }

    /** Meters with solar generation of their own, to register as such: their export grows around noon. */
    public List<String> generationMeters() {
        return generationMeters;
    }

    public ZoneId zone() {
        return zone;
    }

    /** kWh of the register in the UTC hour starting at {@code hourStartEpochMs}; 0 when nothing was consumed. */
    public synchronized double kwh(String meterId, String obis, long hourStartEpochMs) {
        double[] value = hourly.get(new HourKey(meterId, obis, hourStartEpochMs));
        return value == null ? 0 : value[0];
    }

    /** kWh of the register in the local day (the fleet's zone). */
    public synchronized double dailyKwh(String meterId, String obis, LocalDate day) {
        double[] value = daily.get(new DayKey(meterId, obis, day));
        return value == null ? 0 : value[0];
    }

    /** All (meter, register, UTC hour) entries, sorted by meter, register and hour; a snapshot. */
    public synchronized List<HourlyEnergy> hourly() {
        List<HourlyEnergy> all = new ArrayList<>(hourly.size());
        hourly.forEach((key, value) -> all.add(new HourlyEnergy(key.meterId(), key.obis(), key.hourStart(), value[0])));
        all.sort(Comparator.comparing(HourlyEnergy::meterId).thenComparing(HourlyEnergy::obis)
                .thenComparingLong(HourlyEnergy::hourStart));
        return all;
    }

    /** All (meter, register, local day) entries, sorted; a snapshot. */
    public synchronized List<DailyEnergy> daily() {
        List<DailyEnergy> all = new ArrayList<>(daily.size());
        daily.forEach((key, value) -> all.add(new DailyEnergy(key.meterId(), key.obis(), key.day(), value[0])));
        all.sort(Comparator.comparing(DailyEnergy::meterId).thenComparing(DailyEnergy::obis)
                .thenComparing(DailyEnergy::day));
        return all;
    }

    /** Distinct valid readings (meter, register, timestamp) sent: duplicates count once, bad items never. */
    public synchronized long expectedReadings() {
        return readings;
    }

    /** Distinct valid events sent. */
    public synchronized long expectedEvents() {
        return events.size();
    }

    /** Distinct bad items: a whole bad document is one, a duplicated document counts its items once. */
    public synchronized long expectedQuarantine() {
        return malformedItems.size();
    }

    public synchronized List<MeterEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<CounterReset> counterResets() {
        return List.copyOf(counterResets);
    }

    public synchronized List<Rollover> rollovers() {
        return List.copyOf(rollovers);
    }

    public synchronized List<MalformedItem> malformedItems() {
        return List.copyOf(malformedItems);
    }

    /** Payloads handed to the sink, duplicates included. */
    public synchronized long payloadsSent() {
        return payloadsSent;
    }

    public synchronized long duplicatesSent() {
        return duplicatesSent;
    }

    public synchronized long lateSent() {
        return lateSent;
    }

    synchronized void addEnergy(String meterId, String obis, long utcHour, LocalDate localDay, double kwh) {
        hourly.computeIfAbsent(new HourKey(meterId, obis, utcHour), key -> new double[1])[0] += kwh;
        daily.computeIfAbsent(new DayKey(meterId, obis, localDay), key -> new double[1])[0] += kwh;
    }

    synchronized void addReadings(int count) {
        readings += count;
    }

    synchronized void addEvent(MeterEvent event) {
        events.add(event);
    }

    synchronized void addCounterReset(CounterReset reset) {
        counterResets.add(reset);
    }

    synchronized void addRollover(Rollover rollover) {
        rollovers.add(rollover);
    }

    synchronized void addMalformed(MalformedItem item) {
        malformedItems.add(item);
    }

    synchronized void countSent(boolean duplicate, boolean late) {
        payloadsSent++;
        duplicatesSent += duplicate ? 1 : 0;
        lateSent += late ? 1 : 0;
    }
}
