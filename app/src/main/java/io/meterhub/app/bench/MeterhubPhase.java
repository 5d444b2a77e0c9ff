package io.meterhub.app.bench;

import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.storage.StorageConfig;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.stream.PipelineReadiness;
import io.meterhub.stream.StreamConfig;
import io.meterhub.stream.sink.SinkProgress;
import org.apache.flink.core.execution.JobClient;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Meterhub itself: controllers publish to the broker, the pipeline stores raw readings and hours. */
final class MeterhubPhase {
    private MeterhubPhase() {
    }

    static PhaseResult run(StorageConfig server, String broker, BenchWorkload workload, IngestBench.Settings settings, PrintStream out) throws Exception {
        try (BenchDatabase db = new BenchDatabase(server, "meterhub")) {
            db.registerMeters(workload.meters());
            String unique = Long.toString(System.nanoTime(), 36);
            MqttIngestConfig mqtt = new MqttIngestConfig(broker, "bench-" + unique, "bench-" + unique, null, null, 600);
            JobClient job = MeterhubJob.start(StreamConfig.defaults(db.storage, mqtt).withParallelism(settings.parallelism())
                    .withCheckpointInterval(settings.checkpointInterval()));
            try (MqttUplinkPublisher publisher = new MqttUplinkPublisher(broker, "bench-controllers-" + unique)) {
                PipelineReadiness.awaitSubscribed(db.database.dataSource(), (controller, payload) -> {
                    publisher.publishRaw(controller, payload);
                    publisher.flush();
                }, Duration.ofSeconds(60));
                long baseline = SinkProgress.stored("raw readings");
                LongSupplier stored = () -> SinkProgress.stored("raw readings") - baseline;
                long started = System.nanoTime();
                long published = ClosedLoopPublisher.run(workload, publisher, settings.duration(), settings.window(), stored, "meterhub", out);
                ClosedLoopPublisher.awaitStored(published, stored, Duration.ofSeconds(180), "meterhub");
                double seconds = (System.nanoTime() - started) / 1e9;
                long rows = db.count("SELECT count(*) FROM raw_reading");
                if (rows != published) {
                    throw new IllegalStateException("meterhub: published " + published + " readings but raw_reading holds " + rows);
                }
                Thread.sleep(1_000); // hours follow within a sink flush
                if (db.count("SELECT count(*) FROM hourly_consumption") == 0) {
                    throw new IllegalStateException("meterhub: no hourly consumption was computed");
                }
                double[] latency = db.latencyPercentiles(workload);
                return new PhaseResult("meterhub", published, seconds, latency[0], latency[1], latency[2]);
            } finally {
                job.cancel().get(30, TimeUnit.SECONDS);
            }
        }
    }
}
