package io.meterhub.devices.simulator;

import io.meterhub.protocols.telemetry.DecodedUplink;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.protocols.telemetry.TelemetryCodec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** What a simulator sent, decoded with the real codec as the ingest side would. */
final class Sent implements Consumer<Outgoing> {
    private static final TelemetryCodec CODEC = new TelemetryCodec();

    final List<Outgoing> payloads = new ArrayList<>();

    static Sent replay(FleetSimulator simulator, String from, String to) {
        Sent sent = new Sent();
        simulator.replay(Instant.parse(from), Instant.parse(to), sent);
        return sent;
    }

    @Override
    public void accept(Outgoing outgoing) {
        payloads.add(outgoing);
    }

    List<Outgoing> distinct() {
        return new ArrayList<>(new LinkedHashSet<>(payloads));
    }

    List<DecodedUplink> decodedDistinct() {
        return distinct().stream().map(outgoing -> CODEC.decode(outgoing.payload())).toList();
    }

    static DecodedUplink decode(Outgoing outgoing) {
        return CODEC.decode(outgoing.payload());
    }

    /** Valid readings of one register of one meter by timestamp (duplicates collapse). */
    TreeMap<Long, Double> series(String meterId, String obis) {
        return decodedDistinct().stream().flatMap(d -> d.readings().stream())
                .filter(r -> r.meterId().equals(meterId) && r.obis().equals(obis))
                .collect(Collectors.toMap(Reading::timestamp, Reading::value, (a, b) -> a, TreeMap::new));
    }

    /** All valid readings by series key, each series sorted by time. */
    Map<String, TreeMap<Long, Double>> allSeries() {
        Map<String, TreeMap<Long, Double>> all = new TreeMap<>();
        for (DecodedUplink decoded : decodedDistinct()) {
            for (Reading reading : decoded.readings()) {
                all.computeIfAbsent(reading.seriesKey(), key -> new TreeMap<>()).put(reading.timestamp(), reading.value());
            }
        }
        return all;
    }

    /** The register's value at {@code at}, linear between the two readings around it (constant power). */
    static double interpolate(TreeMap<Long, Double> series, long at) {
        Map.Entry<Long, Double> before = series.floorEntry(at);
        Map.Entry<Long, Double> after = series.ceilingEntry(at);
        if (before.getKey() == at) {
            return before.getValue();
        }
        double fraction = (double) (at - before.getKey()) / (after.getKey() - before.getKey());
        return before.getValue() + (after.getValue() - before.getValue()) * fraction;
    }

    static long earliestTimestamp(DecodedUplink decoded) {
        return decoded.readings().stream().mapToLong(Reading::timestamp).min().orElse(Long.MAX_VALUE);
    }
}
