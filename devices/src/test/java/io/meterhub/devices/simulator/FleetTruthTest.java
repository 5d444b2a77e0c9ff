package io.meterhub.devices.simulator;

import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.Reading;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FleetTruthTest {
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");

    private final FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults(), Faults.none());
    private final Sent sent = Sent.replay(simulator, "2026-03-01T00:00:00Z", "2026-03-04T00:00:00Z");

    @Test
    void daily_truth_of_the_total_register_equals_the_register_difference_over_the_local_day() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        long start = day.atStartOfDay(SAMARA).toInstant().toEpochMilli();
        long end = day.plusDays(1).atStartOfDay(SAMARA).toInstant().toEpochMilli();
        for (MeterInfo meter : simulator.meters()) {
            TreeMap<Long, Double> series = sent.series(meter.meterId(), "1.8.0");
            double difference = Sent.interpolate(series, end) - Sent.interpolate(series, start);
            assertThat(simulator.truth().dailyKwh(meter.meterId(), "1.8.0", day))
                    .as(meter.meterId()).isCloseTo(difference, within(1e-6)).isPositive();
        }
    }

    @Test
    void total_truth_over_the_run_equals_last_minus_first_reading_of_every_register() {
        Map<String, Double> truthBySeries = simulator.truth().hourly().stream()
                .collect(Collectors.groupingBy(h -> h.meterId() + '|' + h.obis(), Collectors.summingDouble(HourlyEnergy::kwh)));
        sent.allSeries().forEach((key, series) ->
                assertThat(truthBySeries.getOrDefault(key, 0.0)).as(key)
                        .isCloseTo(series.lastEntry().getValue() - series.firstEntry().getValue(), within(1e-6)));
    }

    @Test
    void daily_truth_of_the_tariff_registers_sums_to_the_total_register() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (MeterInfo meter : simulator.meters()) {
            if (meter.tariffRegisters() == 0) {
                continue;
            }
            double zones = 0;
            for (int k = 1; k <= meter.tariffRegisters(); k++) {
                zones += simulator.truth().dailyKwh(meter.meterId(), "1.8." + k, day);
            }
            assertThat(zones).as(meter.meterId())
                    .isCloseTo(simulator.truth().dailyKwh(meter.meterId(), "1.8.0", day), within(1e-6));
        }
    }

    @Test
    void a_tariff_register_grows_only_in_hours_of_its_zone() {
        var schedule = simulator.spec().schedule();
        List<HourlyEnergy> tariffHours = simulator.truth().hourly().stream()
                .filter(h -> !h.obis().equals("1.8.0") && h.kwh() > 0).toList();
        assertThat(tariffHours).isNotEmpty();
        for (HourlyEnergy hour : tariffHours) {
            int localHour = java.time.Instant.ofEpochMilli(hour.hourStart()).atZone(SAMARA).getHour();
            assertThat(schedule.zoneAt(localHour)).as(hour.toString()).isEqualTo(Integer.parseInt(hour.obis().substring(4)));
        }
    }

    @Test
    void the_hourly_truth_of_the_total_is_the_proportional_split_of_consecutive_deltas() {
        MeterInfo meter = simulator.meters().get(0);
        TreeMap<Long, Double> series = sent.series(meter.meterId(), "1.8.0");
        long hour = java.time.Instant.parse("2026-03-02T11:00:00Z").toEpochMilli();
        double expected = Sent.interpolate(series, hour + 3_600_000L) - Sent.interpolate(series, hour);
        assertThat(simulator.truth().kwh(meter.meterId(), "1.8.0", hour)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void meters_are_listed_with_the_id_scheme_and_report_exactly_their_registers() {
        List<MeterInfo> meters = simulator.meters();
        assertThat(meters).hasSize(20);
        assertThat(meters.get(0).meterId()).isEqualTo("M-0001-001");
        assertThat(meters.get(19).meterId()).isEqualTo("M-0004-005");
        assertThat(meters).allSatisfy(m -> {
            assertThat(m.organizationId()).isEqualTo("ORG-SAMARA");
            assertThat(m.registerDigits()).isEqualTo(6);
            assertThat(m.intervalSeconds()).isEqualTo(900);
        });
        FleetSimulator mixed = new FleetSimulator(FleetSpec.defaults().withShares(0.3, 0.5), Faults.none());
        Sent mixedSent = Sent.replay(mixed, "2026-03-02T00:00:00Z", "2026-03-02T01:00:00Z");
        assertThat(mixed.meters()).anyMatch(m -> m.tariffRegisters() == 0).anyMatch(m -> m.tariffRegisters() == 3);
        Map<String, Integer> registersByMeter = mixedSent.decodedDistinct().stream().flatMap(d -> d.readings().stream())
                .filter(r -> r.timestamp() == java.time.Instant.parse("2026-03-02T00:07:00Z").toEpochMilli())
                .collect(Collectors.groupingBy(Reading::meterId, Collectors.summingInt(r -> 1)));
        for (MeterInfo meter : mixed.meters()) {
            assertThat(registersByMeter.get(meter.meterId())).as(meter.meterId()).isEqualTo(1 + meter.tariffRegisters());
        }
    }

    @Test
    void one_document_per_controller_per_reading_instant_carries_all_its_meters() {
        FleetSimulator fleet = new FleetSimulator(FleetSpec.defaults(), Faults.none());
        Sent hour = Sent.replay(fleet, "2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z");
        assertThat(hour.payloads).hasSize(4 * 4);
        assertThat(hour.payloads.get(0).controllerId()).isEqualTo("CTL-0001");
        assertThat(Sent.decode(hour.payloads.get(0)).readings()).extracting(Reading::meterId).contains("M-0001-001", "M-0001-005");
        assertThat(Sent.decode(hour.payloads.get(0)).readings().get(0).timestamp())
                .isEqualTo(java.time.Instant.parse("2026-03-02T10:07:00Z").toEpochMilli());
        assertThat(fleet.truth().expectedReadings()).isEqualTo(hour.decodedDistinct().stream().mapToLong(d -> d.readings().size()).sum());
    }
}
