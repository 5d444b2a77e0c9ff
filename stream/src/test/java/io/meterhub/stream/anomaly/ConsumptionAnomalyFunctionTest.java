package io.meterhub.stream.anomaly;

import io.meterhub.protocols.anomaly.Severity;
import io.meterhub.protocols.anomaly.AnomalyKind;
import io.meterhub.storage.telemetry.HourlyConsumption;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;

import static io.meterhub.stream.anomaly.AnomalyTestSupport.DIRECTORY;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.HOUR;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.SAMARA;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.at;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.episodes;
import static io.meterhub.stream.anomaly.AnomalyTestSupport.evidence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConsumptionAnomalyFunctionTest {
    /** A Monday, 00:00 in Samara. */
    private static final long START = at("2026-01-04T20:00:00Z");
    private static final long WEEK = 7 * 24 * HOUR;

    private KeyedOneInputStreamOperatorTestHarness<String, HourlyConsumption, Anomaly> harness;

    @BeforeEach
    void open() throws Exception {
        harness = harness(null);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, HourlyConsumption, Anomaly> harness(OperatorSubtaskState restored)
            throws Exception {
        KeyedOneInputStreamOperatorTestHarness<String, HourlyConsumption, Anomaly> h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new ConsumptionAnomalyFunction(DIRECTORY, StaticAnomalySettings.defaults())),
                HourlyConsumption::meterId, Types.STRING);
        h.setup();
        if (restored != null) {
            h.initializeState(restored);
        }
        h.open();
        return h;
    }

    /** A household: 0.3 kWh at night, about 1 kWh by day, ± 10 % from hour to hour. */
    private static double normal(long hourStart) {
        int localHour = Instant.ofEpochMilli(hourStart).atZone(SAMARA).getHour();
        double noise = 1 + 0.1 * Math.sin(hourStart / (double) HOUR * 1.7);
        return (localHour < 7 ? 0.3 : 1.0) * noise;
    }

    private void feed(long from, long to, LongToDoubleFunction kwh) throws Exception {
        for (long hour = from; hour < to; hour += HOUR) {
            harness.processElement(new StreamRecord<>(new HourlyConsumption("M-1", "1.8.0", hour, kwh.applyAsDouble(hour), 1, true),
                    hour + HOUR));
        }
    }

    private List<Anomaly> anomalies() {
        return harness.extractOutputValues();
    }

    @Test
    void a_clean_meter_raises_nothing_in_six_weeks() throws Exception {
        feed(START, START + 6 * WEEK, ConsumptionAnomalyFunctionTest::normal);

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void a_spike_of_three_hours_is_one_anomaly_against_the_baseline_of_that_hour_of_the_week() throws Exception {
        long spikeFrom = START + 4 * WEEK + 2 * 24 * HOUR + 12 * HOUR; // Wednesday of week 5, 12:00 local
        feed(START, START + 5 * WEEK, hour -> hour >= spikeFrom && hour < spikeFrom + 3 * HOUR ? 8.0 : normal(hour));

        Map<String, Anomaly> episodes = episodes(anomalies());
        assertThat(episodes).hasSize(1);
        Anomaly spike = episodes.values().iterator().next();
        assertThat(spike.kind()).isEqualTo(AnomalyKind.CONSUMPTION_SPIKE);
        assertThat(spike.organizationId()).isEqualTo("ORG");
        assertThat(spike.start()).isEqualTo(spikeFrom);
        assertThat(spike.end()).isEqualTo(spikeFrom + 3 * HOUR);
        assertThat(spike.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(evidence(spike).get("hours").asInt()).isEqualTo(3);
        assertThat(evidence(spike).get("peak_kwh").asDouble()).isEqualTo(8.0);
        assertThat(evidence(spike).get("baseline_mean_kwh").asDouble()).isCloseTo(1.0, within(0.11));
        assertThat(evidence(spike).get("baseline_weeks").asInt()).isEqualTo(4);
        assertThat(spike.score()).isCloseTo(8.0, within(1.0));
        // ongoing while it lasted: the same key each hour, open until the first normal hour
        assertThat(anomalies()).extracting(Anomaly::end).containsExactly(null, null, null, spikeFrom + 3 * HOUR);
    }

    @Test
    void no_spike_is_judged_before_the_baseline_has_its_minimum_weeks() throws Exception {
        long spikeFrom = START + WEEK + 12 * HOUR; // week 2
        feed(START, START + 2 * WEEK, hour -> hour == spikeFrom ? 20.0 : normal(hour));

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void ten_hours_without_consumption_by_day_are_one_sustained_zero_from_the_first_hour() throws Exception {
        long zeroFrom = START + 4 * WEEK + 24 * HOUR + 8 * HOUR; // Tuesday of week 5, 08:00 local
        feed(START, START + 4 * WEEK + 3 * 24 * HOUR, hour -> hour >= zeroFrom && hour < zeroFrom + 10 * HOUR ? 0.0 : normal(hour));

        Map<String, Anomaly> episodes = episodes(anomalies());
        assertThat(episodes).hasSize(1);
        Anomaly zero = episodes.values().iterator().next();
        assertThat(zero.kind()).isEqualTo(AnomalyKind.SUSTAINED_ZERO);
        assertThat(zero.start()).isEqualTo(zeroFrom);
        assertThat(zero.end()).isEqualTo(zeroFrom + 10 * HOUR);
        assertThat(zero.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(evidence(zero).get("hours").asInt()).isEqualTo(10);
        assertThat(evidence(zero).get("measured_kwh").asDouble()).isEqualTo(0.0);
        assertThat(evidence(zero).get("expected_kwh").asDouble()).isCloseTo(10.0, within(1.0));
        assertThat(zero.score()).isCloseTo(10.0, within(1.0));
        // reported from the sixth hour on, ongoing until consumption came back
        assertThat(anomalies()).extracting(Anomaly::end).containsExactly(null, null, null, null, null, zeroFrom + 10 * HOUR);
    }

    @Test
    void a_few_zero_hours_are_no_anomaly() throws Exception {
        long zeroFrom = START + 4 * WEEK + 24 * HOUR + 8 * HOUR;
        feed(START, START + 5 * WEEK, hour -> hour >= zeroFrom && hour < zeroFrom + 5 * HOUR ? 0.0 : normal(hour));

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void hours_that_are_not_final_or_not_the_import_total_are_not_judged_and_a_corrected_hour_not_twice() throws Exception {
        feed(START, START + 5 * WEEK, ConsumptionAnomalyFunctionTest::normal);
        long hour = START + 5 * WEEK + 12 * HOUR;
        harness.processElement(new StreamRecord<>(new HourlyConsumption("M-1", "1.8.0", hour, 50, 1, false), hour));
        harness.processElement(new StreamRecord<>(new HourlyConsumption("M-1", "1.8.1", hour, 50, 1, true), hour));
        harness.processElement(new StreamRecord<>(new HourlyConsumption("M-1", "1.8.0", START + 12 * HOUR, 50, 1, true), hour));

        assertThat(anomalies()).isEmpty();
    }

    @Test
    void the_baseline_and_an_ongoing_episode_survive_a_restart() throws Exception {
        long zeroFrom = START + 4 * WEEK + 24 * HOUR + 8 * HOUR;
        feed(START, zeroFrom + 7 * HOUR, hour -> hour >= zeroFrom ? 0.0 : normal(hour));
        assertThat(anomalies()).hasSize(2);

        OperatorSubtaskState snapshot = harness.snapshot(1L, 1L);
        harness.close();
        harness = harness(snapshot);
        feed(zeroFrom + 7 * HOUR, zeroFrom + 12 * HOUR, hour -> hour < zeroFrom + 10 * HOUR ? 0.0 : normal(hour));

        assertThat(anomalies()).extracting(Anomaly::start).containsOnly(zeroFrom);
        assertThat(anomalies()).last().satisfies(zero -> {
            assertThat(zero.end()).isEqualTo(zeroFrom + 10 * HOUR);
            assertThat(evidence(zero).get("hours").asInt()).isEqualTo(10);
        });
    }
}
