package io.meterhub.stream.anomaly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.stream.validation.StaticMeterDirectory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Meters, time and evidence helpers shared by the anomaly tests. */
final class AnomalyTestSupport {
    static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    static final MeterInfo METER = new MeterInfo("M-1", "ORG", SAMARA, TariffZoneSchedule.singleZone(), 6, 0, 900);
    static final MeterInfo SOLAR = new MeterInfo("M-SOLAR", "ORG", SAMARA, TariffZoneSchedule.singleZone(), 6, 0, 900);
    static final StaticMeterDirectory DIRECTORY = new StaticMeterDirectory(List.of(METER, SOLAR));
    static final long HOUR = 3_600_000L;
    static final long MINUTE = 60_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnomalyTestSupport() {
    }

    static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    static JsonNode evidence(Anomaly anomaly) {
        try {
            return JSON.readTree(anomaly.evidence());
        } catch (Exception e) {
            throw new AssertionError("evidence is not JSON: " + anomaly.evidence(), e);
        }
    }

    /** The last emission of each episode, as the upserting sink leaves it. */
    static Map<String, Anomaly> episodes(List<Anomaly> emitted) {
        Map<String, Anomaly> latest = new LinkedHashMap<>();
        for (Anomaly anomaly : emitted) {
            latest.put(anomaly.key(), anomaly);
        }
        return latest;
    }
}
