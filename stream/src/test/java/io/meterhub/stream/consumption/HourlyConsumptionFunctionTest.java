package io.meterhub.stream.consumption;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HourlyConsumptionFunctionTest {
    private static final MeterInfo METER = new MeterInfo("M-1", "ORG", ZoneId.of("Europe/Samara"),
            TariffZoneSchedule.threeZoneDefault(), 6, 0, 900);

    private KeyedOneInputStreamOperatorTestHarness<String, Reading, HourlyConsumption> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new HourlyConsumptionFunction(new StaticMeterDirectory(List.of(METER)), Duration.ofHours(48)),
                Reading::seriesKey, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(String obis, String instant, double value) throws Exception {
        long ts = Instant.parse(instant).toEpochMilli();
        harness.processElement(new StreamRecord<>(new Reading("M-1", obis, ts, value), ts));
    }

    /** The newest value emitted for each hour, as the upserting sink would leave it. */
    private Map<Instant, Double> latestHours() {
        Map<Instant, Double> hours = new TreeMap<>();
        for (HourlyConsumption row : harness.extractOutputValues()) {
            hours.put(Instant.ofEpochMilli(row.hourStart()), row.kwh());
        }
        return hours;
    }

    @Test
    void the_open_hour_is_emitted_as_soon_as_a_reading_arrives() throws Exception {
        send("1.8.0", "2026-11-23T10:00:00Z", 100);
        assertThat(harness.extractOutputValues()).isEmpty();

        send("1.8.0", "2026-11-23T10:15:00Z", 101.5);

        assertThat(latestHours()).containsExactly(Map.entry(Instant.parse("2026-11-23T10:00:00Z"), 1.5));
        assertThat(harness.extractOutputValues().get(0).fin()).isFalse();
    }

    @Test
    void a_late_reading_recomputes_the_hours_it_touches() throws Exception {
        send("1.8.0", "2026-11-23T10:00:00Z", 0);
        send("1.8.0", "2026-11-23T12:00:00Z", 120);
        assertThat(latestHours()).containsEntry(Instant.parse("2026-11-23T10:00:00Z"), 60.0)
                .containsEntry(Instant.parse("2026-11-23T11:00:00Z"), 60.0);

        send("1.8.0", "2026-11-23T11:00:00Z", 30);

        assertThat(latestHours()).containsEntry(Instant.parse("2026-11-23T10:00:00Z"), 30.0)
                .containsEntry(Instant.parse("2026-11-23T11:00:00Z"), 90.0);
    }

    @Test
    void a_duplicate_reading_changes_nothing() throws Exception {
        send("1.8.0", "2026-11-23T10:00:00Z", 0);
        send("1.8.0", "2026-11-23T10:30:00Z", 5);
        int before = harness.extractOutputValues().size();

        send("1.8.0", "2026-11-23T10:30:00Z", 5);

        assertThat(harness.extractOutputValues()).hasSize(before);
        assertThat(harness.getSideOutput(Outputs.QUARANTINE)).isNull();
    }

    @Test
    void a_second_value_for_the_same_moment_is_quarantined_and_the_first_kept() throws Exception {
        send("1.8.0", "2026-11-23T10:00:00Z", 0);
        send("1.8.0", "2026-11-23T10:30:00Z", 5);

        send("1.8.0", "2026-11-23T10:30:00Z", 7);

        ConcurrentLinkedQueue<StreamRecord<QuarantinedItem>> quarantined = harness.getSideOutput(Outputs.QUARANTINE);
        assertThat(quarantined).hasSize(1);
        assertThat(quarantined.peek().getValue().reason()).contains("already arrived with the value 5.0");
        assertThat(latestHours()).containsEntry(Instant.parse("2026-11-23T10:00:00Z"), 5.0);
    }

    @Test
    void a_meter_replacement_raises_a_counter_reset_event_and_no_negative_hour() throws Exception {
        send("1.8.0", "2026-11-23T10:00:00Z", 5_000);
        send("1.8.0", "2026-11-23T10:30:00Z", 5_010);
        send("1.8.0", "2026-11-23T11:00:00Z", 4);

        assertThat(latestHours()).containsEntry(Instant.parse("2026-11-23T10:00:00Z"), 14.0);
        ConcurrentLinkedQueue<StreamRecord<MeterEvent>> events = harness.getSideOutput(Outputs.EVENTS);
        assertThat(events).extracting(record -> record.getValue().code()).containsExactly(EventCode.COUNTER_RESET);
        assertThat(harness.extractOutputValues()).allSatisfy(row -> assertThat(row.kwh()).isNotNegative());
    }

    @Test
    void a_rollover_continues_consumption_and_is_reported() throws Exception {
        send("1.8.0", "2026-11-23T10:00:00Z", 999_999);
        send("1.8.0", "2026-11-23T10:30:00Z", 0.5);

        assertThat(latestHours().get(Instant.parse("2026-11-23T10:00:00Z"))).isCloseTo(1.5, within(1e-9));
        assertThat(harness.getSideOutput(Outputs.EVENTS)).extracting(record -> record.getValue().code())
                .containsExactly(EventCode.REGISTER_ROLLOVER);
    }

    @Test
    void an_hour_becomes_final_when_the_watermark_passes_its_end() throws Exception {
        send("1.8.0", "2026-11-23T10:00:00Z", 0);
        send("1.8.0", "2026-11-23T10:45:00Z", 3);

        harness.processWatermark(Instant.parse("2026-11-23T11:00:00Z").toEpochMilli());

        HourlyConsumption last = harness.extractOutputValues().get(harness.extractOutputValues().size() - 1);
        assertThat(last.fin()).isTrue();
        assertThat(last.kwh()).isEqualTo(3.0);
    }

    @Test
    void total_register_hours_take_the_organizations_zone_and_tariff_registers_their_own() throws Exception {
        // 05:00 UTC is 09:00 in Samara: peak (T1) in the three-zone schedule
        send("1.8.0", "2026-11-23T05:00:00Z", 0);
        send("1.8.0", "2026-11-23T05:30:00Z", 1);
        send("1.8.3", "2026-11-23T05:00:00Z", 0);
        send("1.8.3", "2026-11-23T05:30:00Z", 1);

        assertThat(harness.extractOutputValues()).extracting(HourlyConsumption::obis, HourlyConsumption::zone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.8.0", 1), org.assertj.core.groups.Tuple.tuple("1.8.3", 3));
    }

    @Test
    void one_meter_replacement_raises_one_reset_however_late_the_readings_around_it_arrive() throws Exception {
        // The old meter stood at 5,000 kWh, the new one starts from zero between 10:15 and 10:30.
        send("1.8.0", "2026-11-23T10:00:00Z", 5_000);
        send("1.8.0", "2026-11-23T11:00:00Z", 4);
        // Late: readings of the new meter inside the interval the drop was found in.
        send("1.8.0", "2026-11-23T10:45:00Z", 2);
        send("1.8.0", "2026-11-23T10:30:00Z", 1);
        // Late: a reading of the old meter before the drop.
        send("1.8.0", "2026-11-23T10:15:00Z", 5_000.5);

        assertThat(harness.getSideOutput(Outputs.EVENTS)).extracting(record -> record.getValue().code(), record -> record.getValue().timestamp())
                .as("one drop, so one natural key (meter, time, code): the event of the first reading after it that arrived")
                .containsOnly(org.assertj.core.groups.Tuple.tuple(EventCode.COUNTER_RESET, Instant.parse("2026-11-23T11:00:00Z").toEpochMilli()));
    }

    @Test
    void two_real_drops_in_one_interval_raise_two_resets() throws Exception {
        send("1.8.0", "2026-11-23T10:00:00Z", 5_000);
        send("1.8.0", "2026-11-23T11:00:00Z", 4);
        send("1.8.0", "2026-11-23T10:30:00Z", 3_000);

        assertThat(harness.getSideOutput(Outputs.EVENTS)).extracting(record -> record.getValue().timestamp()).containsOnly(
                Instant.parse("2026-11-23T11:00:00Z").toEpochMilli(), Instant.parse("2026-11-23T10:30:00Z").toEpochMilli());
    }
}
