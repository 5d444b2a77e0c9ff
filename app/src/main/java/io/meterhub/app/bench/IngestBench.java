package io.meterhub.app.bench;

import io.meterhub.storage.StorageConfig;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Meterhub against its ceiling and a naive peer, on this machine with the local broker and
 * database. The last line is the one to compare runs by.
 */
public final class IngestBench {
    private IngestBench() {
    }

    public record Settings(Duration duration, int meters, int metersPerController, int parallelism, long window, Duration checkpointInterval,
                           java.nio.file.Path chart) {
    }

    public static String run(StorageConfig server, String broker, Settings settings, PrintStream out) throws Exception {
        out.printf("bench ingest: %d meters on %d controllers, %d readings per document, %d s per contender, parallelism %d, checkpoints every %d ms%n",
                settings.meters(), Math.max(1, settings.meters() / settings.metersPerController()), settings.metersPerController() * 4,
                settings.duration().toSeconds(), settings.parallelism(), settings.checkpointInterval().toMillis());
        PhaseResult meterhub = MeterhubPhase.run(server, broker, new BenchWorkload(settings.meters(), settings.metersPerController()),
                settings, out);
        out.println(meterhub.line());
        PhaseResult ceiling = CeilingPhase.run(server, new BenchWorkload(settings.meters(), settings.metersPerController()),
                meterhub.readings());
        out.println(ceiling.line());
        PhaseResult naive = NaivePhase.run(server, broker, new BenchWorkload(settings.meters(), settings.metersPerController()),
                settings.duration(), Math.min(settings.window(), 20_000), out);
        out.println(naive.line());
        String last = String.format("ingest: meterhub %.0f readings/s, ceiling %.0f readings/s, naive %.0f readings/s, ratio R1/R2 %.2f, vs naive R1/R3 %.1f",
                meterhub.readingsPerSecond(), ceiling.readingsPerSecond(), naive.readingsPerSecond(),
                meterhub.readingsPerSecond() / ceiling.readingsPerSecond(), meterhub.readingsPerSecond() / naive.readingsPerSecond());
        if (settings.chart() != null) {
            BenchChart.write(settings.chart(), String.format("bench ingest: %,d meters, %d readings per document, parallelism %d",
                    settings.meters(), settings.metersPerController() * 4, settings.parallelism()), java.util.List.of(meterhub, ceiling, naive));
            out.println("chart: " + settings.chart());
        }
        out.println(last);
        return last;
    }
}
