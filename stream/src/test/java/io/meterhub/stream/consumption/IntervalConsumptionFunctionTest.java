package io.meterhub.stream.consumption;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.protocols.telemetry.IntervalEnergy;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.stream.Outputs;
import io.meterhub.stream.validation.StaticMeterDirectory;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

class IntervalConsumptionFunctionTest {
    private static final MeterInfo METER = new MeterInfo("M-1", "ORG", ZoneId.of("Europe/Moscow"),
            TariffZoneSchedule.threeZoneDefault(), 6, 0, 1800);

    private KeyedOneInputStreamOperatorTestHarness<String, IntervalEnergy, HourlyConsumption> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new IntervalConsumptionFunction(new StaticMeterDirectory(List.of(METER)), Duration.ofHours(6)),
                IntervalEnergy::seriesKey, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(String start, String end, String energy) throws Exception {
        long from = Instant.parse(start).toEpochMilli();
        harness.processElement(new StreamRecord<>(new IntervalEnergy("M-1", "1.8.0", from, Instant.parse(end).toEpochMilli(),
                new BigDecimal(energy), true), from));
    }

    private Map<Instant, HourlyConsumption> latestHours() {
        Map<Instant, HourlyConsumption> hours = new TreeMap<>();
        for (HourlyConsumption row : harness.extractOutputValues()) {
            hours.put(Instant.ofEpochMilli(row.hourStart()), row);
        }
        return hours;
    }

    private List<String> quarantined() {
        ConcurrentLinkedQueue<StreamRecord<QuarantinedItem>> rows = harness.getSideOutput(Outputs.QUARANTINE);
        return rows == null ? List.of() : rows.stream().map(r -> r.getValue().reason()).toList();
    }

    @Test
    void an_hour_is_the_sum_of_its_half_hours_and_final_once_both_arrived() throws Exception {
        send("2026-11-23T07:00:00Z", "2026-11-23T07:30:00Z", "120");
        assertThat(latestHours().get(Instant.parse("2026-11-23T07:00:00Z")).fin()).isFalse();
        send("2026-11-23T07:30:00Z", "2026-11-23T08:00:00Z", "118.25");

        HourlyConsumption hour = latestHours().get(Instant.parse("2026-11-23T07:00:00Z"));
        assertThat(hour.kwh()).isEqualTo(238.25);
        assertThat(hour.fin()).isTrue();
        // 07:00Z is 10:00 in Moscow: the semi-peak zone (2) of the default schedule
        assertThat(hour.zone()).isEqualTo(2);
    }

    @Test
    void an_interval_that_crosses_an_hour_boundary_is_split_by_time() throws Exception {
        send("2026-11-23T07:30:00Z", "2026-11-23T08:30:00Z", "90");

        assertThat(latestHours().get(Instant.parse("2026-11-23T07:00:00Z")).kwh()).isEqualTo(45.0);
        assertThat(latestHours().get(Instant.parse("2026-11-23T08:00:00Z")).kwh()).isEqualTo(45.0);
    }

    @Test
    void a_repeat_changes_nothing_and_a_correction_with_the_same_start_replaces() throws Exception {
        send("2026-11-23T07:00:00Z", "2026-11-23T07:30:00Z", "120");
        send("2026-11-23T07:30:00Z", "2026-11-23T08:00:00Z", "118");
        int emitted = harness.extractOutputValues().size();
        send("2026-11-23T07:00:00Z", "2026-11-23T07:30:00Z", "120.000");
        assertThat(harness.extractOutputValues()).hasSize(emitted);

        send("2026-11-23T07:00:00Z", "2026-11-23T07:30:00Z", "100");

        assertThat(latestHours().get(Instant.parse("2026-11-23T07:00:00Z")).kwh()).isEqualTo(218.0);
    }

    @Test
    void an_interval_overlapping_another_with_a_different_start_is_quarantined_and_counts_nothing() throws Exception {
        send("2026-11-23T07:00:00Z", "2026-11-23T07:30:00Z", "120");
        send("2026-11-23T07:15:00Z", "2026-11-23T07:45:00Z", "50");

        assertThat(latestHours().get(Instant.parse("2026-11-23T07:00:00Z")).kwh()).isEqualTo(120.0);
        assertThat(quarantined()).singleElement().asString().startsWith("overlaps the interval 2026-11-23T07:00:00Z");
    }

    @Test
    void an_interval_older_than_the_horizon_is_quarantined_as_too_late() throws Exception {
        send("2026-11-23T07:00:00Z", "2026-11-23T07:30:00Z", "1");
        send("2026-11-27T07:00:00Z", "2026-11-27T07:30:00Z", "1");

        send("2026-11-23T07:30:00Z", "2026-11-23T08:00:00Z", "1");

        assertThat(quarantined()).singleElement().asString().startsWith("older than the recomputation horizon of 72 h");
    }
}
