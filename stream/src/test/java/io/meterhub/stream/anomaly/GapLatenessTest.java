package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.protocols.telemetry.Reading;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.meterhub.stream.anomaly.AnomalyTestSupport.DIRECTORY;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.HOUR;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.MINUTE;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.at;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.episodes;
import static org.assertj.core.api.Assertions.assertThat;

/** The reading detectors run the lateness behind event time, so late data takes its place before anything is judged. */
class GapLatenessTest {
    private static final long T0 = at("2026-11-23T00:00:00Z");
    private static final long STEP = 15 * MINUTE;
    private static final Duration LATENESS = Duration.ofHours(6);

    private KeyedOneInputStreamOperatorTestHarness<String, Reading, Anomaly> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new ReadingAnomalyFunction(DIRECTORY, StaticAnomalySettings.defaults(), LATENESS), Reading::meterId, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(long from, long to) throws Exception {
        for (long ts = from; ts < to; ts += STEP) {
            harness.processElement(new StreamRecord<>(new Reading("M-1", "1.8.0", ts, 1000 + (ts - T0) / STEP * 0.25), ts));
        }
    }

    /** Event time moves on (other meters report), an hour at a time. */
    private void advance(long from, long to) throws Exception {
        for (long wm = from; wm <= to; wm += HOUR) {
            harness.processWatermark(wm);
        }
    }

    private List<Anomaly> anomalies() {
        return harness.extractOutputValues();
    }

    @Test
    void a_controller_uploading_three_hours_late_leaves_no_gap() throws Exception {
        send(T0, T0 + 2 * HOUR);
        send(T0 + 5 * HOUR, T0 + 6 * HOUR);
        advance(T0, T0 + 8 * HOUR); // the readings of 02:00..05:00 are missing when the watermark passes them
        send(T0 + 2 * HOUR, T0 + 5 * HOUR); // the backlog, behind the watermark but within the lateness
        send(T0 + 6 * HOUR, T0 + 30 * HOUR);
        advance(T0 + 8 * HOUR, T0 + 30 * HOUR);

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void a_silence_nobody_fills_is_reported_once_the_lateness_has_passed() throws Exception {
        send(T0, T0 + 2 * HOUR);
        advance(T0, T0 + 2 * HOUR + LATENESS.toMillis()); // silent from 01:45; the allowed hour ends at 02:45
        assertThat(anomalies()).as("not before 02:45 + 6 h").isEmpty();

        advance(T0 + 3 * HOUR + LATENESS.toMillis(), T0 + 5 * HOUR + LATENESS.toMillis());
        assertThat(anomalies()).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.kind()).isEqualTo(AnomalyKind.DATA_GAP);
            assertThat(gap.start()).isEqualTo(T0 + 2 * HOUR - STEP);
            assertThat(gap.end()).isNull();
        });

        send(T0 + 6 * HOUR, T0 + 16 * HOUR); // the meter is back, within the lateness of its first reading
        advance(T0 + 6 * HOUR + LATENESS.toMillis(), T0 + 8 * HOUR + LATENESS.toMillis());

        Map<String, Anomaly> episodes = episodes(anomalies());
        assertThat(episodes.values()).singleElement().satisfies(gap -> {
            assertThat(gap.start()).isEqualTo(T0 + 2 * HOUR - STEP);
            assertThat(gap.end()).isEqualTo(T0 + 6 * HOUR);
        });
    }

    @Test
    void a_late_reading_within_the_lateness_is_judged_in_its_place() throws Exception {
        send(T0, T0 + 2 * HOUR);
        advance(T0, T0 + 3 * HOUR);
        // the register was set back by 500 kWh at 02:00; that document arrives an hour late
        for (long ts = T0 + 2 * HOUR; ts < T0 + 24 * HOUR; ts += STEP) {
            harness.processElement(new StreamRecord<>(new Reading("M-1", "1.8.0", ts, 500 + (ts - T0) / STEP * 0.25), ts));
        }
        advance(T0 + 3 * HOUR, T0 + 20 * HOUR);

        assertThat(episodes(anomalies()).values()).singleElement().satisfies(decrease -> {
            assertThat(decrease.kind()).isEqualTo(AnomalyKind.REGISTER_DECREASE);
            assertThat(decrease.start()).isEqualTo(T0 + 2 * HOUR - STEP);
            assertThat(decrease.end()).isEqualTo(T0 + 2 * HOUR);
        });
    }
}
