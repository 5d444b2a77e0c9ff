package io.meterhub.devices.simulator;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RegisterFaultsTest {
    private static final String FROM = "2026-03-01T00:00:00Z";
    private static final String TO = "2026-03-03T00:00:00Z";

    @Test
    void a_counter_reset_restarts_every_register_from_zero_right_after_a_reading() {
        FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults(), Faults.none().withRegisterFaults(0.01, 0, 0));
        Sent sent = Sent.replay(simulator, FROM, TO);
        assertThat(simulator.truth().counterResets()).isNotEmpty();
        long step = simulator.spec().interval().toMillis();
        for (CounterReset reset : simulator.truth().counterResets()) {
            TreeMap<Long, Double> total = sent.series(reset.meterId(), "1.8.0");
            assertThat(total.get(reset.afterReadingAt())).isEqualTo(reset.totalBeforeKwh());
            double next = total.get(reset.afterReadingAt() + step);
            assertThat(next).isLessThan(reset.totalBeforeKwh()).isLessThan(10.0).isGreaterThanOrEqualTo(0.0);
            if (!sent.series(reset.meterId(), "1.8.1").isEmpty()) {
                double zones = 0;
                for (int k = 1; k <= 3; k++) {
                    zones += sent.series(reset.meterId(), "1.8." + k).get(reset.afterReadingAt() + step);
                }
                // A new meter starts all registers at 0, so its tariff registers sum to its total again.
                assertThat(zones).isCloseTo(next, within(1e-9));
            }
        }
        assertThat(simulator.truth().counterResets()).extracting(CounterReset::meterId).doesNotHaveDuplicates();
        assertTruthIsTheSumOfDeltas(simulator, sent, 0);
    }

    @Test
    void a_rollover_meter_wraps_at_its_capacity_and_consumption_continues() {
        FleetSimulator simulator = new FleetSimulator(FleetSpec.defaults(), Faults.none().withRegisterFaults(0, 1, 2.0));
        Sent sent = Sent.replay(simulator, FROM, TO);
        SimulatedMeter meter = simulator.fleet().simulatedMeters().stream().filter(SimulatedMeter::rollover).findFirst().orElseThrow();
        TreeMap<Long, Double> total = sent.series(meter.meterId(), "1.8.0");
        assertThat(total.firstEntry().getValue()).isEqualTo(999_998.0);
        assertThat(total.values()).anyMatch(value -> value < 100);
        assertThat(simulator.truth().rollovers()).anySatisfy(rollover -> {
            assertThat(rollover.meterId()).isEqualTo(meter.meterId());
            assertThat(rollover.obis()).isEqualTo("1.8.0");
            assertThat(total.get(rollover.previousAt())).isGreaterThan(999_000.0);
            assertThat(total.get(rollover.readingAt())).isLessThan(100.0);
        });
        assertThat(simulator.fleet().simulatedMeters()).filteredOn(SimulatedMeter::rollover).hasSize(1);
        assertTruthIsTheSumOfDeltas(simulator, sent, 1_000_000.0);
    }

    /** Decrease = restart from 0 (capacity 0) or wrap (delta + capacity): the rule the pipeline applies. */
    private static void assertTruthIsTheSumOfDeltas(FleetSimulator simulator, Sent sent, double capacity) {
        Map<String, Double> truth = simulator.truth().hourly().stream()
                .collect(Collectors.groupingBy(h -> h.meterId() + '|' + h.obis(), Collectors.summingDouble(HourlyEnergy::kwh)));
        sent.allSeries().forEach((key, series) -> {
            double sum = 0;
            Double previous = null;
            for (double value : series.values()) {
                if (previous != null) {
                    sum += value >= previous ? value - previous : capacity == 0 ? value : value + capacity - previous;
                }
                previous = value;
            }
            assertThat(truth.getOrDefault(key, 0.0)).as(key).isCloseTo(sum, within(1e-6));
        });
    }
}
