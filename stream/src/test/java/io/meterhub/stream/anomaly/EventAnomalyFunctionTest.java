package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.meterhub.stream.anomaly.AnomalyTestSupport.DIRECTORY;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.HOUR;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.MINUTE;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.at;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.episodes;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.evidence;
import static org.assertj.core.api.Assertions.assertThat;

class EventAnomalyFunctionTest {
    private static final long T0 = at("2026-11-23T10:00:00Z");

    private KeyedOneInputStreamOperatorTestHarness<String, MeterEvent, Anomaly> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new EventAnomalyFunction(DIRECTORY), MeterEvent::meterId,
                Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(long ts, EventCode code) throws Exception {
        harness.processElement(new StreamRecord<>(new MeterEvent("M-1", ts, code, "{\"source\":\"meter\"}"), ts));
    }

    private List<Anomaly> anomalies() {
        return harness.extractOutputValues();
    }

    @Test
    void events_that_are_no_tamper_raise_nothing() throws Exception {
        send(T0, EventCode.POWER_DOWN);
        send(T0 + MINUTE, EventCode.POWER_UP);
        send(T0 + 2 * MINUTE, EventCode.COUNTER_RESET);
        harness.processWatermark(T0 + HOUR);

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void a_cover_opened_twice_within_the_hour_is_one_high_anomaly_of_two_events() throws Exception {
        send(T0, EventCode.COVER_OPEN);
        send(T0 + 20 * MINUTE, EventCode.COVER_OPEN);
        send(T0 + 20 * MINUTE, EventCode.COVER_OPEN); // the same event again
        harness.processWatermark(T0 + HOUR);
        send(T0 + 3 * HOUR, EventCode.COVER_OPEN); // later: an episode of its own
        harness.processWatermark(T0 + 4 * HOUR);

        List<Anomaly> episodes = List.copyOf(episodes(anomalies()).values());
        assertThat(episodes).hasSize(2);
        Anomaly first = episodes.get(0);
        assertThat(first.kind()).isEqualTo(AnomalyKind.TAMPER_EVENT);
        assertThat(first.start()).isEqualTo(T0);
        assertThat(first.end()).isEqualTo(T0 + 20 * MINUTE);
        assertThat(first.severity()).isEqualTo(Severity.HIGH);
        assertThat(first.score()).isEqualTo(2.0);
        assertThat(evidence(first).get("code").asText()).isEqualTo("COVER_OPEN");
        assertThat(evidence(first).get("events").asInt()).isEqualTo(2);
        assertThat(evidence(first).get("details").get("source").asText()).isEqualTo("meter");
        assertThat(episodes.get(1).start()).isEqualTo(T0 + 3 * HOUR);
    }

    @Test
    void a_magnetic_field_is_a_tamper_anomaly_of_its_own() throws Exception {
        send(T0, EventCode.MAGNETIC_FIELD);
        harness.processWatermark(T0);

        assertThat(anomalies()).singleElement().satisfies(magnetic -> {
            assertThat(magnetic.kind()).isEqualTo(AnomalyKind.TAMPER_EVENT);
            assertThat(magnetic.start()).isEqualTo(T0);
            assertThat(magnetic.end()).isEqualTo(T0);
            assertThat(evidence(magnetic).get("code").asText()).isEqualTo("MAGNETIC_FIELD");
        });
    }

    @Test
    void relay_off_is_ongoing_until_relay_on_even_when_they_arrive_in_the_wrong_order() throws Exception {
        send(T0 + 2 * HOUR, EventCode.RELAY_ON);
        send(T0, EventCode.RELAY_OFF);
        harness.processWatermark(T0 + HOUR);
        assertThat(anomalies()).singleElement().satisfies(off -> {
            assertThat(off.start()).isEqualTo(T0);
            assertThat(off.end()).isNull();
            assertThat(off.severity()).isEqualTo(Severity.MEDIUM);
        });

        harness.processWatermark(T0 + 3 * HOUR);

        assertThat(episodes(anomalies()).values()).singleElement().satisfies(relay -> {
            assertThat(relay.kind()).isEqualTo(AnomalyKind.TAMPER_EVENT);
            assertThat(relay.start()).isEqualTo(T0);
            assertThat(relay.end()).isEqualTo(T0 + 2 * HOUR);
            assertThat(relay.score()).isEqualTo(2.0);
            assertThat(evidence(relay).get("code").asText()).isEqualTo("RELAY_OFF");
            assertThat(evidence(relay).get("hours_off").asDouble()).isEqualTo(2.0);
        });
    }

    @Test
    void a_tamper_event_behind_the_watermark_is_still_reported() throws Exception {
        harness.processWatermark(T0 + HOUR);
        send(T0, EventCode.COVER_OPEN);

        assertThat(anomalies()).singleElement().satisfies(cover -> assertThat(cover.start()).isEqualTo(T0));
    }

    @Test
    void a_late_event_of_the_same_burst_joins_the_episode_instead_of_making_a_second_row() throws Exception {
        send(T0 + 20 * 60_000L, EventCode.MAGNETIC_FIELD);
        harness.processWatermark(T0 + HOUR);
        send(T0, EventCode.MAGNETIC_FIELD); // its document came three hours late

        assertThat(episodes(anomalies()).values()).singleElement().satisfies(magnetic -> {
            assertThat(magnetic.start()).isEqualTo(T0 + 20 * 60_000L);
            assertThat(magnetic.score()).isEqualTo(2.0);
        });
    }
}
