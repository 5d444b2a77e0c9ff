package io.meterhub.app.anomaly;

import io.meterhub.app.FleetRegistrar;
import io.meterhub.devices.simulator.EpisodeKind;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.InjectedEpisode;
import io.meterhub.protocols.telemetry.IntervalEnergy;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.anomaly.AnomalyThresholdRepository;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.telemetry.HeldReading;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.stream.MeterhubPipeline;
import io.meterhub.stream.StreamConfig;
import io.meterhub.stream.anomaly.Anomaly;
import io.meterhub.stream.anomaly.AnomalyWriter;
import io.meterhub.stream.anomaly.JdbcAnomalySettings;
import io.meterhub.stream.sink.DeadLetterFile;
import io.meterhub.stream.sink.JdbcBatchSink;
import io.meterhub.stream.validation.JdbcMeterDirectory;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs a simulated fleet through the production pipeline's operators on a local mini cluster, with
 * the registry, the thresholds ({@link JdbcAnomalySettings}) and the anomalies in a real database,
 * then holds the anomaly rows against the episodes the simulator injected. Raw readings, hours,
 * events and quarantine are computed as in production but not stored: the evaluation is about
 * what the detectors raise.
 */
public final class AnomalyEvaluation {
    private AnomalyEvaluation() {
    }

    /** What one run left: the rows and their scores per kind. */
    public record Outcome(List<FoundAnomaly> anomalies, Map<EpisodeKind, KindScore> scores, double seconds) {
        public int totalFound() {
            return anomalies.size();
        }
    }

    /**
     * Registers the simulator's fleet (and its generation meters) in the database {@code storage}
     * (migrated already), replays [from, to) through the pipeline and scores the result.
     *
     * @param progress told the share of the replay done, every couple of seconds
     */
    public static Outcome run(Database database, StorageConfig storage, FleetSimulator simulator, Instant from, Instant to,
                              Consumer<Double> progress) throws Exception {
        FleetRegistrar.register(new MeterRegistry(database.dataSource()), simulator, "Simulated grid");
        if (!simulator.truth().generationMeters().isEmpty()) {
            new AnomalyThresholdRepository(database.dataSource()).setGeneration(simulator.truth().generationMeters(), true);
        }
        long started = System.nanoTime();
        SimulatedUplinks uplinks = SimulatedUplinks.of(simulator, from, to);
        try {
            StreamConfig config = StreamConfig.defaults(storage, null);
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(new Configuration());
            env.setParallelism(1);
            new MeterhubPipeline(uplinks, new DiscardingSink<Reading>(), new DiscardingSink<HourlyConsumption>(),
                    new DiscardingSink<IntervalEnergy>(), new DiscardingSink<MeterEvent>(), new DiscardingSink<QuarantinedItem>(),
                    new JdbcBatchSink<Anomaly>("anomalies", storage, AnomalyWriter::upsert, config.sinkBatch(), config.sinkMaxDelay(),
                            new DeadLetterFile(config.deadLetterDirectory())),
                    new DiscardingSink<HeldReading>(), null,
                    new JdbcMeterDirectory(storage), new JdbcAnomalySettings(storage, config.anomalyRefresh()), config).build(env);
            CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
                try {
                    env.execute("anomaly-evaluation");
                } catch (Exception e) {
                    throw new IllegalStateException("the pipeline failed: " + e.getMessage(), e);
                }
            });
            while (!job.isDone()) {
                try {
                    job.get(2, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    progress.accept(uplinks.progress());
                }
            }
            job.join();
        } finally {
            uplinks.release();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<FoundAnomaly> found = load(database);
        return new Outcome(found, score(simulator.truth().injectedEpisodes(), found), seconds);
    }

    /** Every anomaly row, oldest first. */
    public static List<FoundAnomaly> load(Database database) throws SQLException {
        List<FoundAnomaly> found = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement sql = connection.prepareStatement("SELECT id, meter_id, kind, (extract(epoch FROM started_at) * 1000)::int8, "
                     + "(extract(epoch FROM ended_at) * 1000)::int8, severity FROM anomaly ORDER BY started_at, id");
             ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                long end = rows.getLong(5);
                found.add(new FoundAnomaly(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                        rows.wasNull() ? Long.MAX_VALUE : end, rows.getString(6)));
            }
        }
        return found;
    }

    /** Same meter, same kind, overlapping time: a true positive; per kind. */
    public static Map<EpisodeKind, KindScore> score(List<InjectedEpisode> injected, List<FoundAnomaly> found) {
        Map<EpisodeKind, KindScore> scores = new EnumMap<>(EpisodeKind.class);
        for (EpisodeKind kind : EpisodeKind.values()) {
            List<InjectedEpisode> ofKind = injected.stream().filter(e -> e.kind() == kind).toList();
            List<FoundAnomaly> rows = found.stream().filter(a -> a.kind().equals(kind.name())).toList();
            int truePositives = 0;
            for (FoundAnomaly row : rows) {
                if (ofKind.stream().anyMatch(e -> matches(e, row))) {
                    truePositives++;
                }
            }
            int detected = 0;
            int split = 0;
            for (InjectedEpisode episode : ofKind) {
                long matching = rows.stream().filter(row -> matches(episode, row)).count();
                detected += matching > 0 ? 1 : 0;
                split += matching > 1 ? 1 : 0;
            }
            scores.put(kind, new KindScore(kind, ofKind.size(), rows.size(), truePositives, detected, split));
        }
        return scores;
    }

    public static boolean matches(InjectedEpisode episode, FoundAnomaly row) {
        return episode.meterId().equals(row.meterId()) && episode.kind().name().equals(row.kind()) && episode.overlaps(row.start(), row.end());
    }

    /** The table the benchmark prints and docs/anomalies.md shows. */
    public static List<String> table(Map<EpisodeKind, KindScore> scores) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("| %-20s | %8s | %5s | %4s | %4s | %9s | %6s |", "kind", "injected", "found", "TP", "FP", "precision", "recall"));
        lines.add("| " + "-".repeat(20) + " | -------: | ----: | ---: | ---: | --------: | -----: |");
        for (KindScore s : scores.values()) {
            lines.add(String.format("| %-20s | %8d | %5d | %4d | %4d | %9s | %6s |", s.kind(), s.injected(), s.found(), s.truePositives(),
                    s.falsePositives(), ratio(s.precision()), ratio(s.recall())));
        }
        return lines;
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.2f", value);
    }
}
