package io.meterhub.devices.simulator;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.DecodedUplink;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MalformedFaultsTest {
    private static final String FROM = "2026-03-01T00:00:00Z";
    private static final String TO = "2026-03-03T00:00:00Z";
    private static final Faults BAD_INPUT = Faults.none()
            .withMalformed(0.02, 0.02, 0.1)
            .withDelivery(0.3, 3, 0.05, Duration.ofHours(2))
            .withEvents(0.01);

    private final FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults(), BAD_INPUT);
    private final Sent sent = Sent.replay(simulator, FROM, TO);

    /** What the pipeline would quarantine: codec rejections plus readings of unknown meters or from the future. */
    @Test
    void expected_quarantine_counts_each_distinct_injected_bad_item_once() {
        Set<String> known = simulator.meters().stream().map(MeterInfo::meterId).collect(Collectors.toSet());
        long horizon = Instant.parse(TO).plus(Duration.ofDays(1)).toEpochMilli();
        long quarantined = 0;
        for (DecodedUplink decoded : sent.decodedDistinct()) {
            quarantined += decoded.rejections().size();
            quarantined += decoded.readings().stream()
                    .filter(r -> !known.contains(r.meterId()) || r.timestamp() > horizon)
                    .count();
        }
        assertThat(simulator.truth().expectedQuarantine()).isEqualTo(quarantined).isPositive();
        assertThat(simulator.truth().malformedItems()).extracting(MalformedItem::kind)
                .contains(MalformedKind.values());
        assertThat(simulator.truth().duplicatesSent()).isPositive();
    }

    @Test
    void expected_readings_and_events_count_the_distinct_valid_items_sent() {
        Set<String> known = simulator.meters().stream().map(MeterInfo::meterId).collect(Collectors.toSet());
        long horizon = Instant.parse(TO).plus(Duration.ofDays(1)).toEpochMilli();
        Set<String> readings = new HashSet<>();
        Set<MeterEvent> events = new HashSet<>();
        for (DecodedUplink decoded : sent.decodedDistinct()) {
            for (Reading reading : decoded.readings()) {
                if (known.contains(reading.meterId()) && reading.timestamp() <= horizon) {
                    readings.add(reading.seriesKey() + '@' + reading.timestamp());
                }
            }
            events.addAll(decoded.events());
        }
        assertThat(simulator.truth().expectedReadings()).isEqualTo(readings.size());
        assertThat(simulator.truth().expectedEvents()).isEqualTo(events.size()).isPositive();
        assertThat(new HashSet<>(simulator.truth().events())).isEqualTo(events);
        assertThat(events).extracting(MeterEvent::code).map(Enum::name)
                .contains("COVER_OPEN", "MAGNETIC_FIELD", "POWER_DOWN", "POWER_UP");
    }

    @Test
    void bad_items_never_enter_the_truth() {
        FleetSimulator clean = new FleetSimulator(FleetSpec.defaults(), Faults.none());
        Sent.replay(clean, FROM, TO);
        assertThat(simulator.truth().hourly()).isEqualTo(clean.truth().hourly());
        assertThat(simulator.truth().hourly()).extracting(HourlyEnergy::meterId).noneMatch(id -> id.startsWith("UNKNOWN"));
    }

    @Test
    void a_wrong_version_document_is_rejected_whole_by_the_codec() {
        DecodedUplink wrongVersion = sent.decodedDistinct().stream()
                .filter(d -> !d.rejections().isEmpty() && d.rejections().get(0).reason().contains("version"))
                .findFirst().orElseThrow();
        assertThat(wrongVersion.readings()).isEmpty();
        assertThat(wrongVersion.rejections()).hasSize(1);
    }
}
