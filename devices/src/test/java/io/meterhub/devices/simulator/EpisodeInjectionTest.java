package io.meterhub.devices.simulator;

import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Each injected episode shows in the telemetry as the detector of its kind needs to see it. */
class EpisodeInjectionTest {
    private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofDays(6));
    private static final long MINUTE = 60_000L;
    private static FleetSimulator simulator;
    private static Sent sent;
    private static Map<EpisodeKind, InjectedEpisode> byKind;

    @BeforeAll
    static void injectOneOfEachKind() {
        simulator = new FleetSimulator(FleetSpec.defaults().withSize(4, 10), Faults.none(),
                EpisodeSpec.eachKind(1, FROM, FROM.plus(Duration.ofDays(2)), TO));
        sent = Sent.replay(simulator, FROM.toString(), TO.toString());
        byKind = new java.util.EnumMap<>(EpisodeKind.class);
        simulator.truth().injectedEpisodes().forEach(episode -> byKind.put(episode.kind(), episode));
    }

    private static long mid(InjectedEpisode episode) {
        return episode.start() + (episode.end() - episode.start()) / 2;
    }

    private static double growth(TreeMap<Long, Double> series, long from, long to) {
        return series.floorEntry(to).getValue() - series.ceilingEntry(from).getValue();
    }

    @Test
    void every_kind_is_injected_once_on_a_meter_of_its_own() {
        assertThat(byKind).hasSize(EpisodeKind.values().length);
        assertThat(simulator.truth().injectedEpisodes().stream().map(InjectedEpisode::meterId).distinct()).hasSize(EpisodeKind.values().length);
        assertThat(simulator.truth().injectedEpisodes()).allSatisfy(episode ->
                assertThat(simulator.truth().generationMeters()).doesNotContain(episode.meterId()));
    }

    @Test
    void a_spike_multiplies_the_import_and_a_bypass_stops_it() {
        InjectedEpisode spike = byKind.get(EpisodeKind.CONSUMPTION_SPIKE);
        TreeMap<Long, Double> spiked = sent.series(spike.meterId(), "1.8.0");
        // the same fleet without episodes draws the same load: the meter's usual consumption at that hour
        FleetSimulator usual = new FleetSimulator(FleetSpec.defaults().withSize(4, 10), Faults.none(), EpisodeSpec.clean());
        TreeMap<Long, Double> unspiked = Sent.replay(usual, FROM.toString(), TO.toString()).series(spike.meterId(), "1.8.0");
        long hour = 3_600_000L;
        double during = growth(spiked, mid(spike) - hour / 2, mid(spike) + hour / 2);
        double usually = growth(unspiked, mid(spike) - hour / 2, mid(spike) + hour / 2);
        assertThat(during).isGreaterThan(3.5 * usually + 0.5);
        assertThat(spike.start()).isGreaterThanOrEqualTo(FROM.plus(Duration.ofDays(2)).toEpochMilli());

        InjectedEpisode zero = byKind.get(EpisodeKind.SUSTAINED_ZERO);
        TreeMap<Long, Double> bypassed = sent.series(zero.meterId(), "1.8.0");
        assertThat(growth(bypassed, zero.start() + 30 * MINUTE, zero.end() - 30 * MINUTE)).isZero();
        assertThat(zero.end() - zero.start()).isGreaterThanOrEqualTo(10 * 60 * MINUTE);
    }

    @Test
    void reverse_energy_grows_the_export_register_of_a_meter_without_generation() {
        InjectedEpisode reverse = byKind.get(EpisodeKind.REVERSE_ENERGY);
        TreeMap<Long, Double> export = sent.series(reverse.meterId(), "2.8.0");
        assertThat(growth(export, FROM.toEpochMilli(), reverse.start())).isZero();
        assertThat(growth(export, reverse.start(), reverse.end())).isGreaterThan(0.5);
    }

    @Test
    void a_silent_meter_sends_nothing_while_the_gap_lasts_and_counts_on() {
        InjectedEpisode gap = byKind.get(EpisodeKind.DATA_GAP);
        TreeMap<Long, Double> series = sent.series(gap.meterId(), "1.8.0");
        assertThat(series.subMap(gap.start(), gap.end())).isEmpty();
        assertThat(series.ceilingKey(gap.end()) - series.floorKey(gap.start())).isGreaterThan(3 * 60 * MINUTE);
        assertThat(series.ceilingEntry(gap.end()).getValue()).isGreaterThan(series.floorEntry(gap.start()).getValue());
    }

    @Test
    void a_set_back_and_a_jump_show_between_two_readings() {
        InjectedEpisode decrease = byKind.get(EpisodeKind.REGISTER_DECREASE);
        TreeMap<Long, Double> lowered = sent.series(decrease.meterId(), "1.8.0");
        assertThat(lowered.get(decrease.end())).isLessThan(lowered.get(decrease.start()) * 0.91);

        InjectedEpisode jump = byKind.get(EpisodeKind.PHYSICS_JUMP);
        TreeMap<Long, Double> jumped = sent.series(jump.meterId(), "1.8.0");
        // 15 minutes of a 3 x 100 A meter at 253 V pass at most 19 kWh
        assertThat(jumped.get(jump.end()) - jumped.get(jump.start())).isGreaterThan(500);
    }

    @Test
    void tamper_events_are_sent_within_the_episode() {
        InjectedEpisode tamper = byKind.get(EpisodeKind.TAMPER_EVENT);
        List<MeterEvent> events = simulator.truth().events().stream().filter(event -> event.meterId().equals(tamper.meterId())).toList();
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.code()).isIn(EventCode.COVER_OPEN, EventCode.MAGNETIC_FIELD);
            assertThat(event.timestamp()).isBetween(tamper.start(), tamper.end());
        });
        assertThat(sent.decodedDistinct().stream().flatMap(d -> d.events().stream()).filter(e -> e.meterId().equals(tamper.meterId())))
                .containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void the_voltage_leaves_the_band_for_the_episode_and_stays_in_it_otherwise() {
        InjectedEpisode voltage = byKind.get(EpisodeKind.VOLTAGE_OUT_OF_RANGE);
        TreeMap<Long, Double> volts = sent.series(voltage.meterId(), "32.7.0");
        assertThat(volts.subMap(voltage.start(), voltage.end()).values()).isNotEmpty().allSatisfy(v -> assertThat(v < 207 || v > 253).as("%s V out of the band", v).isTrue());
        assertThat(volts.headMap(voltage.start()).values()).isNotEmpty().allSatisfy(v -> assertThat(v).isBetween(207.0, 253.0));
        assertThat(sent.allSeries().entrySet()).filteredOn(e -> e.getKey().endsWith("|32.7.0") && !e.getKey().startsWith(voltage.meterId()))
                .allSatisfy(e -> assertThat(e.getValue().values()).allSatisfy(v -> assertThat(v).isBetween(207.0, 253.0)));
    }

    @Test
    void generation_meters_export_around_noon_and_without_a_spec_nothing_extra_is_reported() {
        FleetSimulator solar = new FleetSimulator(FleetSpec.defaults().withSize(10, 10), Faults.none(),
                new EpisodeSpec(Map.of(), null, null, null, 0.2, true));
        Sent fromSolar = Sent.replay(solar, FROM.toString(), FROM.plus(Duration.ofDays(1)).toString());
        assertThat(solar.truth().generationMeters()).isNotEmpty();
        String meter = solar.truth().generationMeters().get(0);
        assertThat(growth(fromSolar.series(meter, "2.8.0"), FROM.toEpochMilli(), FROM.plus(Duration.ofDays(1)).toEpochMilli() - 1)).isPositive();

        Sent plain = Sent.replay(new FleetSimulator(FleetSpec.defaults(), Faults.none()), FROM.toString(), FROM.plus(Duration.ofHours(2)).toString());
        assertThat(plain.allSeries().keySet()).allSatisfy(key -> assertThat(key).containsPattern("\\|1\\.8\\.[0-3]$"));
    }
}
