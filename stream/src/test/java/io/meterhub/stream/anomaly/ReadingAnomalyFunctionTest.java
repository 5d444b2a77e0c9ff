package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.protocols.telemetry.Reading;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.meterhub.stream.anomaly.AnomalyTestSupport.DIRECTORY;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.HOUR;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.MINUTE;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.at;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.episodes;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReadingAnomalyFunctionTest {
    private static final long T0 = at("2026-11-23T00:00:00Z");
    private static final long STEP = 15 * MINUTE;

    private KeyedOneInputStreamOperatorTestHarness<String, Reading, Anomaly> harness;

    @BeforeEach
    void open() throws Exception {
        StaticAnomalySettings settings = new StaticAnomalySettings(AnomalyThresholds.defaults(), Map.of(), Set.of("M-SOLAR"));
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(new ReadingAnomalyFunction(DIRECTORY, settings),
                Reading::meterId, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    /** One document of a meter: import and export totals and three phase voltages. */
    private static List<Reading> document(String meter, long ts, double importKwh, double exportKwh, double volts) {
        return List.of(new Reading(meter, "1.8.0", ts, importKwh), new Reading(meter, "2.8.0", ts, exportKwh),
                new Reading(meter, "32.7.0", ts, volts), new Reading(meter, "52.7.0", ts, 230.4),
                new Reading(meter, "72.7.0", ts, 229.6), new Reading(meter, "1.7.0", ts, 1.0));
    }

    /** A healthy meter every 15 minutes: 0.25 kWh per interval, no export, voltage about 230 V. */
    private static List<Reading> clean(String meter, long from, long to) {
        List<Reading> readings = new ArrayList<>();
        for (long ts = from; ts < to; ts += STEP) {
            readings.addAll(document(meter, ts, 1000 + (ts - T0) / STEP * 0.25, 12.5, 230 + 3 * Math.sin(ts / (double) STEP)));
        }
        return readings;
    }

    private void send(List<Reading> readings) throws Exception {
        for (Reading reading : readings) {
            harness.processElement(new StreamRecord<>(reading, reading.timestamp()));
        }
    }

    private void watermark(long ts) throws Exception {
        harness.processWatermark(ts);
    }

    private List<Anomaly> anomalies() {
        return harness.extractOutputValues();
    }

    @Test
    void a_clean_meter_raises_nothing_even_when_its_readings_arrive_shuffled() throws Exception {
        List<Reading> readings = clean("M-1", T0, T0 + 48 * HOUR);
        for (int day = 0; day < 2; day++) {
            List<Reading> shuffled = new ArrayList<>(readings.subList(day * readings.size() / 2, (day + 1) * readings.size() / 2));
            Collections.shuffle(shuffled, new Random(day));
            send(shuffled);
            send(shuffled.subList(0, 10)); // and some twice
            watermark(T0 + (day + 1) * 24 * HOUR);
        }

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void the_end_of_a_bounded_input_is_no_data_gap() throws Exception {
        send(clean("M-1", T0, T0 + 2 * HOUR));
        watermark(Long.MAX_VALUE);

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void a_silence_of_five_hours_is_one_data_gap_extended_while_it_lasts() throws Exception {
        long lastBefore = T0 + 2 * HOUR - STEP;
        long resumed = lastBefore + 5 * HOUR;
        send(clean("M-1", T0, lastBefore + STEP));
        watermark(lastBefore);
        // other meters move event time on while this one is silent
        for (long wm = lastBefore + 30 * MINUTE; wm <= resumed - STEP; wm += 30 * MINUTE) {
            watermark(wm);
        }
        assertThat(anomalies()).isNotEmpty().allSatisfy(gap -> assertThat(gap.end()).isNull());

        send(clean("M-1", resumed, resumed + 2 * HOUR).stream().map(r -> r.obis().equals("1.8.0")
                ? new Reading(r.meterId(), r.obis(), r.timestamp(), r.value() - 5 * 4 * 0.25 + 0.25) : r).toList());
        watermark(resumed + 2 * HOUR);

        Map<String, Anomaly> episodes = episodes(anomalies());
        assertThat(episodes).hasSize(1);
        Anomaly gap = episodes.values().iterator().next();
        assertThat(gap.kind()).isEqualTo(AnomalyKind.DATA_GAP);
        assertThat(gap.start()).isEqualTo(lastBefore);
        assertThat(gap.end()).isEqualTo(resumed);
        assertThat(gap.severity()).isEqualTo(Severity.LOW);
        assertThat(gap.score()).isCloseTo(5.0, within(1e-9));
        assertThat(evidence(gap).get("allowed_minutes").asDouble()).isEqualTo(60.0);
        assertThat(evidence(gap).get("next_reading").asText()).isEqualTo("2026-11-23T06:45:00Z");
        // opened when the silence passed an hour, then extended hourly: one key throughout
        assertThat(anomalies().get(0).start()).isEqualTo(lastBefore);
        assertThat(anomalies().size()).isBetween(4, 6);
    }

    @Test
    void a_silence_the_watermark_jumps_over_is_still_one_gap() throws Exception {
        send(clean("M-1", T0, T0 + HOUR));
        send(clean("M-1", T0 + 30 * HOUR, T0 + 31 * HOUR));
        watermark(T0 + 31 * HOUR);

        Map<String, Anomaly> episodes = episodes(anomalies());
        assertThat(episodes.values()).singleElement().satisfies(gap -> {
            assertThat(gap.kind()).isEqualTo(AnomalyKind.DATA_GAP);
            assertThat(gap.start()).isEqualTo(T0 + HOUR - STEP);
            assertThat(gap.end()).isEqualTo(T0 + 30 * HOUR);
            assertThat(gap.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void a_growing_export_register_without_generation_is_reverse_energy_until_it_stops() throws Exception {
        List<Reading> readings = new ArrayList<>();
        double export = 12.5;
        for (int i = 0; i < 12; i++) {
            long ts = T0 + i * STEP;
            if (i >= 3 && i <= 6) {
                export += 0.4; // four intervals of growth: readings 3..6
            }
            readings.addAll(document("M-1", ts, 1000 + i * 0.25, export, 230));
            readings.addAll(document("M-SOLAR", ts, 1000 + i * 0.25, 12.5 + i * 0.5, 230));
        }
        send(readings);
        watermark(T0 + 12 * STEP);

        Map<String, Anomaly> episodes = episodes(anomalies());
        assertThat(episodes.values()).singleElement().satisfies(reverse -> {
            assertThat(reverse.meterId()).isEqualTo("M-1");
            assertThat(reverse.kind()).isEqualTo(AnomalyKind.REVERSE_ENERGY);
            assertThat(reverse.start()).isEqualTo(T0 + 2 * STEP);
            assertThat(reverse.end()).isEqualTo(T0 + 6 * STEP);
            assertThat(reverse.severity()).isEqualTo(Severity.HIGH);
            assertThat(reverse.score()).isCloseTo(1.6, within(1e-9));
            assertThat(evidence(reverse).get("register_at_start").asDouble()).isEqualTo(12.5);
            assertThat(evidence(reverse).get("intervals").asInt()).isEqualTo(4);
        });
        assertThat(anomalies()).extracting(Anomaly::end).containsExactly(null, null, null, null, T0 + 6 * STEP);
    }

    @Test
    void a_register_restarting_from_zero_is_a_medium_decrease_and_one_set_back_a_high_one() throws Exception {
        List<Reading> readings = new ArrayList<>();
        double[] values = {5000, 5000.25, 0.3, 0.55, 0.8, 0.4, 0.65};
        for (int i = 0; i < values.length; i++) {
            readings.add(new Reading("M-1", "1.8.0", T0 + i * STEP, values[i]));
        }
        readings.add(new Reading("M-1", "1.8.0", T0 + 7 * STEP, 500.0));
        readings.add(new Reading("M-1", "1.8.0", T0 + 8 * STEP, 300.0));
        send(readings);
        watermark(T0 + 8 * STEP);

        List<Anomaly> decreases = List.copyOf(episodes(anomalies()).values()).stream()
                .filter(a -> a.kind() == AnomalyKind.REGISTER_DECREASE).toList();
        assertThat(decreases).hasSize(3);
        assertThat(decreases.get(0).start()).isEqualTo(T0 + STEP);
        assertThat(decreases.get(0).end()).isEqualTo(T0 + 2 * STEP);
        assertThat(decreases.get(0).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(decreases.get(0).score()).isCloseTo(4999.95, within(1e-6));
        assertThat(evidence(decreases.get(0)).get("looks_like").asText()).startsWith("restart from zero");
        assertThat(evidence(decreases.get(0)).get("before_kwh").asDouble()).isEqualTo(5000.25);
        assertThat(evidence(decreases.get(0)).get("after_kwh").asDouble()).isEqualTo(0.3);
        // 0.8 -> 0.4 is small but still a decrease; 500 -> 300 was set back to a value no restart explains
        assertThat(decreases.get(1).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(decreases.get(2).severity()).isEqualTo(Severity.HIGH);
        assertThat(evidence(decreases.get(2)).get("looks_like").asText()).startsWith("set back");
    }

    @Test
    void a_rollover_at_the_digit_capacity_is_no_anomaly() throws Exception {
        send(List.of(new Reading("M-1", "1.8.0", T0, 999_999.6), new Reading("M-1", "1.8.0", T0 + STEP, 999_999.9),
                new Reading("M-1", "1.8.0", T0 + 2 * STEP, 0.2)));
        watermark(T0 + 2 * STEP);

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void more_energy_than_the_maximum_current_can_pass_is_a_physics_jump() throws Exception {
        // 3 phases x 253 V x 100 A = 75.9 kW: at most 18.975 kWh in 15 minutes
        send(List.of(new Reading("M-1", "1.8.0", T0, 1000), new Reading("M-1", "1.8.0", T0 + STEP, 1018),
                new Reading("M-1", "1.8.0", T0 + 2 * STEP, 1400), new Reading("M-1", "1.8.0", T0 + 3 * STEP, 1400.3)));
        watermark(T0 + 3 * STEP);

        assertThat(episodes(anomalies()).values()).singleElement().satisfies(jump -> {
            assertThat(jump.kind()).isEqualTo(AnomalyKind.PHYSICS_JUMP);
            assertThat(jump.start()).isEqualTo(T0 + STEP);
            assertThat(jump.end()).isEqualTo(T0 + 2 * STEP);
            assertThat(jump.severity()).isEqualTo(Severity.HIGH);
            assertThat(jump.score()).isCloseTo(382 / 18.975, within(1e-9));
            assertThat(evidence(jump).get("max_possible_kwh").asDouble()).isEqualTo(18.975);
            assertThat(evidence(jump).get("energy_kwh").asDouble()).isEqualTo(382.0);
        });
    }

    @Test
    void low_voltage_for_longer_than_the_minimum_is_one_anomaly_until_it_recovers() throws Exception {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double volts = i >= 2 && i <= 5 ? 190 : 230;
            readings.addAll(document("M-1", T0 + i * STEP, 1000 + i * 0.25, 12.5, volts));
        }
        send(readings);
        watermark(T0 + 10 * STEP);

        assertThat(episodes(anomalies()).values()).singleElement().satisfies(voltage -> {
            assertThat(voltage.kind()).isEqualTo(AnomalyKind.VOLTAGE_OUT_OF_RANGE);
            assertThat(voltage.start()).isEqualTo(T0 + 2 * STEP);
            assertThat(voltage.end()).isEqualTo(T0 + 6 * STEP);
            assertThat(voltage.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(voltage.score()).isCloseTo(40 / 230.0 * 100, within(1e-9));
            assertThat(evidence(voltage).get("lowest_v").asDouble()).isEqualTo(190.0);
            assertThat(evidence(voltage).get("phases").asText()).isEqualTo("L1");
            assertThat(evidence(voltage).get("minutes_out").asDouble()).isEqualTo(45.0);
        });
        // reported once it lasted 10 minutes (the second low sample), ongoing until it recovered
        assertThat(anomalies()).extracting(Anomaly::end).containsExactly(null, null, null, T0 + 6 * STEP);
    }

    @Test
    void a_single_low_sample_is_shorter_than_the_minimum_duration() throws Exception {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            readings.addAll(document("M-1", T0 + i * STEP, 1000 + i * 0.25, 12.5, i == 3 ? 150 : 230));
        }
        send(readings);
        watermark(T0 + 6 * STEP);

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void a_reading_behind_the_watermark_is_not_judged() throws Exception {
        send(clean("M-1", T0, T0 + HOUR));
        watermark(T0 + HOUR);
        send(List.of(new Reading("M-1", "1.8.0", T0 + 10 * MINUTE, 1.0)));
        watermark(T0 + HOUR + 1);

        assertThat(anomalies()).isEmpty();
    }
}
