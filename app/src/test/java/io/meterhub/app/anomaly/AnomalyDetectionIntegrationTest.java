package io.meterhub.app.anomaly;

import io.meterhub.app.FleetRegistrar;
import io.meterhub.app.bench.AnomalyBench;
import io.meterhub.devices.simulator.EpisodeKind;
import io.meterhub.devices.simulator.EpisodeSpec;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.FleetSpec;
import io.meterhub.devices.simulator.InjectedEpisode;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.anomaly.AnomalyThresholdRepository;
import io.meterhub.storage.anomaly.ThresholdField;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small simulated fleet with one injected episode of every kind, and the transport faults a real
 * fleet has (duplicates, shuffled and late documents, malformed input, register rollovers), through
 * the production pipeline's operators on a mini cluster with the registry, the organization's
 * thresholds and the anomalies in PostgreSQL. The organization learns its baseline in one week
 * (its own threshold, read by the job from the database), so twelve days are enough.
 */
class AnomalyDetectionIntegrationTest {
    private static Database database;
    private static FleetSimulator simulator;
    private static AnomalyEvaluation.Outcome outcome;

    @BeforeAll
    static void replayTwelveDays() throws Exception {
        StorageConfig storage = StorageConfig.of(TestServices.freshDatabase("anomaly_detection"));
        database = Database.open(storage);
        // up to now: the simulator's malformed readings stamped 30 days ahead must be in the future to be refused
        Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant from = to.minus(Duration.ofDays(12));
        FleetSpec spec = FleetSpec.defaults().withSize(2, 20).withSeed(2026);
        simulator = new FleetSimulator(spec, AnomalyBench.transportFaults(),
                EpisodeSpec.eachKind(1, from, from.plus(Duration.ofDays(8)), to));
        FleetRegistrar.register(new MeterRegistry(database.dataSource()), simulator, "Test grid");
        new AnomalyThresholdRepository(database.dataSource()).save(spec.organizationId(),
                Map.of(ThresholdField.BASELINE_MIN_WEEKS, 1.0), "test");

        outcome = AnomalyEvaluation.run(database, storage, simulator, from, to, share -> { });
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void every_injected_episode_is_found_with_its_kind_meter_and_time() {
        assertThat(simulator.truth().injectedEpisodes()).hasSize(EpisodeKind.values().length);
        for (InjectedEpisode episode : simulator.truth().injectedEpisodes()) {
            assertThat(outcome.anomalies()).as("%s", episode).anySatisfy(row -> {
                assertThat(row.meterId()).isEqualTo(episode.meterId());
                assertThat(row.kind()).isEqualTo(episode.kind().name());
                assertThat(episode.overlaps(row.start(), row.end())).isTrue();
            });
        }
    }

    @Test
    void one_episode_is_one_anomaly_row() {
        for (InjectedEpisode episode : simulator.truth().injectedEpisodes()) {
            assertThat(outcome.anomalies().stream().filter(row -> AnomalyEvaluation.matches(episode, row))).as("%s", episode).hasSize(1);
        }
        assertThat(outcome.scores().values()).allSatisfy(score -> {
            assertThat(score.detected()).as("%s", score.kind()).isEqualTo(1);
            assertThat(score.split()).as("%s", score.kind()).isZero();
        });
    }

    @Test
    void nothing_else_is_raised_and_the_clean_meters_raise_none() {
        Set<String> injectedMeters = simulator.truth().injectedEpisodes().stream().map(InjectedEpisode::meterId).collect(Collectors.toSet());
        List<FoundAnomaly> onCleanMeters = outcome.anomalies().stream().filter(row -> !injectedMeters.contains(row.meterId())).toList();

        assertThat(onCleanMeters).isEmpty();
        assertThat(outcome.anomalies()).hasSize(EpisodeKind.values().length);
        assertThat(simulator.fleet().simulatedMeters().size() - injectedMeters.size()).isGreaterThanOrEqualTo(30);
    }
}
