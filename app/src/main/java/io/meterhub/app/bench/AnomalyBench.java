package io.meterhub.app.bench;

import io.meterhub.app.anomaly.AnomalyEvaluation;
import io.meterhub.app.anomaly.FoundAnomaly;
import io.meterhub.devices.simulator.InjectedEpisode;
import io.meterhub.app.anomaly.KindScore;
import io.meterhub.devices.simulator.EpisodeKind;
import io.meterhub.devices.simulator.EpisodeSpec;
import io.meterhub.devices.simulator.Faults;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.FleetSpec;
import io.meterhub.storage.StorageConfig;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The detectors against a simulated fleet: once clean (delivery faults, malformed input and
 * register rollovers, none of which is an anomaly: it must raise nothing) and once with
 * {@code perKind} injected episodes of every kind on top. Prints, per kind, injected, found, true
 * and false positives, precision and recall. Each run gets a database of its own on MH_DB_URL's
 * server.
 */
public final class AnomalyBench {
    /** Spikes and sustained zeros need three weeks of baseline (the default baselineMinWeeks) and a day. */
    static final Duration BASELINE = Duration.ofDays(22);

    private AnomalyBench() {
    }

    public record Settings(int meters, int days, int perKind, long seed) {
        public Settings {
            if (meters < 25 || meters % 25 != 0) {
                throw new IllegalArgumentException("--meters must be a multiple of 25 (controllers of 25 meters), got " + meters);
            }
            if (days < 25 || days > 30) {
                throw new IllegalArgumentException("--days must be 25 to 30: three weeks of baseline and room for episodes, and the"
                        + " simulator's malformed readings stamped 30 days ahead must stay ahead of the server clock; got " + days);
            }
        }
    }

    /** The faults a real fleet has that are no anomaly. */
    public static Faults transportFaults() {
        return Faults.none().withDelivery(0.02, 4, 0.02, Duration.ofHours(3)).withRegisterFaults(0, 2, 2.0)
                .withMalformed(0.002, 0.002, 0.005);
    }

    public static String run(StorageConfig server, Settings settings, PrintStream out) throws Exception {
        // The transport faults include malformed input on purpose: its quarantine warnings are expected here.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.meterhub.stream.validation.DecodeAndValidate"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        // Up to now: the malformed readings stamped 30 days after their document must be in the future to be
        // refused as such. One accepted would move event time 30 days on for the whole job.
        Instant to = Instant.now().truncatedTo(ChronoUnit.HOURS);
        Instant from = to.minus(Duration.ofDays(settings.days()));
        FleetSpec spec = FleetSpec.defaults().withSize(settings.meters() / 25, 25).withSeed(settings.seed());
        out.printf("anomalies: %d meters x %d days (%s .. %s), %d episodes of each kind in the second run%n", settings.meters(),
                settings.days(), from, to, settings.perKind());

        AnomalyEvaluation.Outcome clean = phase("clean", server, new FleetSimulator(spec, transportFaults(), EpisodeSpec.clean()),
                from, to, out);
        FleetSimulator withEpisodes = new FleetSimulator(spec, transportFaults(),
                EpisodeSpec.eachKind(settings.perKind(), from, from.plus(BASELINE), to));
        List<InjectedEpisode> injectedEpisodes = withEpisodes.truth().injectedEpisodes();
        AnomalyEvaluation.Outcome injected = phase("injected", server, withEpisodes, from, to, out);

        out.println();
        out.printf("clean fleet: %d anomalies%s%n", clean.totalFound(), clean.totalFound() == 0 ? "" : " (" + byKind(clean) + ")");
        out.println("injected fleet:");
        AnomalyEvaluation.table(injected.scores()).forEach(out::println);
        falsePositives(clean, List.of(), "clean", out);
        falsePositives(injected, injectedEpisodes, "injected", out);
        int injectedTotal = injected.scores().values().stream().mapToInt(KindScore::injected).sum();
        int detected = injected.scores().values().stream().mapToInt(KindScore::detected).sum();
        int falsePositives = injected.scores().values().stream().mapToInt(KindScore::falsePositives).sum();
        int split = injected.scores().values().stream().mapToInt(KindScore::split).sum();
        String last = String.format("anomalies: clean %d found; injected %d, detected %d, false positives %d, split episodes %d; "
                        + "runs %.0f s + %.0f s", clean.totalFound(), injectedTotal, detected, falsePositives, split, clean.seconds(),
                injected.seconds());
        out.println(last);
        return last;
    }

    /** The first false positives, to see what fooled a detector. */
    private static void falsePositives(AnomalyEvaluation.Outcome outcome, List<InjectedEpisode> injected, String run, PrintStream out) {
        List<FoundAnomaly> wrong = outcome.anomalies().stream()
                .filter(row -> injected.stream().noneMatch(episode -> AnomalyEvaluation.matches(episode, row))).toList();
        for (FoundAnomaly row : wrong.subList(0, Math.min(20, wrong.size()))) {
            out.printf("  false positive (%s): %s %s %s .. %s %s%n", run, row.meterId(), row.kind(), Instant.ofEpochMilli(row.start()),
                    row.end() == Long.MAX_VALUE ? "ongoing" : Instant.ofEpochMilli(row.end()), row.severity());
        }
    }

    private static String byKind(AnomalyEvaluation.Outcome outcome) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        outcome.anomalies().forEach(a -> counts.merge(a.kind(), 1L, Long::sum));
        return counts.toString();
    }

    private static AnomalyEvaluation.Outcome phase(String name, StorageConfig server, FleetSimulator simulator, Instant from, Instant to,
                                                   PrintStream out) throws Exception {
        try (BenchDatabase db = new BenchDatabase(server, "anomalies_" + name)) {
            long[] lastPrinted = {0};
            AnomalyEvaluation.Outcome outcome = AnomalyEvaluation.run(db.database, db.storage, simulator, from, to, share -> {
                long now = System.nanoTime();
                if (now - lastPrinted[0] > 5_000_000_000L) {
                    lastPrinted[0] = now;
                    out.printf("  %s: %.0f%% of the days replayed%n", name, share * 100);
                }
            });
            out.printf("  %s: done in %.1f s, %d anomalies%n", name, outcome.seconds(), outcome.totalFound());
            return outcome;
        }
    }
}
