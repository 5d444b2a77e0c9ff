package io.meterhub.stream;

import io.meterhub.protocols.telemetry.IntervalEnergy;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.Reading;
import io.meterhub.storage.telemetry.HeldReading;
import io.meterhub.storage.telemetry.HeldReadings;
import io.meterhub.storage.telemetry.HourlyConsumption;
import io.meterhub.storage.telemetry.QuarantinedItem;
import io.meterhub.storage.telemetry.TelemetryWriter;
import io.meterhub.stream.anomaly.Anomaly;
import io.meterhub.stream.anomaly.AnomalyWriter;
import io.meterhub.stream.anomaly.JdbcAnomalySettings;
import io.meterhub.stream.held.HeldReplaySource;
import io.meterhub.stream.sink.DeadLetterFile;
import io.meterhub.stream.sink.JdbcBatchSink;
import io.meterhub.stream.source.LocalSubscriptions;
import io.meterhub.stream.source.MqttUplinkSource;
import io.meterhub.stream.validation.JdbcMeterDirectory;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The production wiring of {@link MeterhubPipeline}: MQTT in, PostgreSQL out. {@link #main} is the
 * entry point a Flink cluster runs ({@code flink run -c io.meterhub.stream.MeterhubJob}); started
 * from a plain JVM it runs on a local mini cluster.
 */
public final class MeterhubJob {
    private static final Logger LOG = LoggerFactory.getLogger(MeterhubJob.class);

    /** Restarts allowed within {@link #RESTART_WINDOW}: with a 3 s delay, about 3 minutes of outage. */
    public static final int MAX_RESTARTS = 60;
    public static final Duration RESTART_WINDOW = Duration.ofMinutes(5);

    /** How often held items are looked at without a registration notice. */
    static final Duration HELD_SWEEP = Duration.ofSeconds(30);

    private MeterhubJob() {
    }

    public static MeterhubPipeline pipeline(StreamConfig config) {
        int batch = config.sinkBatch();
        Duration delay = config.sinkMaxDelay();
        DeadLetterFile deadLetters = new DeadLetterFile(config.deadLetterDirectory());
        return new MeterhubPipeline(
                new MqttUplinkSource(config.mqtt()),
                new JdbcBatchSink<Reading>("raw readings", config.storage(), TelemetryWriter::writeRawReadings, batch, delay, deadLetters),
                new JdbcBatchSink<HourlyConsumption>("hourly consumption", config.storage(), TelemetryWriter::upsertHourly, batch, delay, deadLetters),
                new JdbcBatchSink<IntervalEnergy>("interval energy", config.storage(), TelemetryWriter::upsertIntervals, batch, delay, deadLetters),
                new JdbcBatchSink<MeterEvent>("events", config.storage(), TelemetryWriter::writeEvents, batch, delay, deadLetters),
                new JdbcBatchSink<QuarantinedItem>("quarantine", config.storage(), TelemetryWriter::writeQuarantine, batch, delay, deadLetters),
                new JdbcBatchSink<Anomaly>("anomalies", config.storage(), AnomalyWriter::upsert, batch, delay, deadLetters),
                new JdbcBatchSink<HeldReading>("held readings", config.storage(), HeldReadings::write, batch, delay, deadLetters),
                config.unknownMeterHold().isZero() ? null : new HeldReplaySource(config.storage(), config.unknownMeterHold(), HELD_SWEEP),
                new JdbcMeterDirectory(config.storage()), new JdbcAnomalySettings(config.storage(), config.anomalyRefresh()), config);
    }

    /**
     * The environment the job runs in: local when started from a JVM, the cluster's under {@code flink run}.
     *
     * @throws CheckpointOwnership.Refused when the checkpoint directory belongs to another database
     */
    public static StreamExecutionEnvironment environment(StreamConfig config) {
        Configuration flink = new Configuration();
        // Restarts ride out a database or broker outage of a few minutes; a failure that comes back
        // faster than that (a bug, not an outage) ends the job with its cause instead of looping forever.
        flink.set(RestartStrategyOptions.RESTART_STRATEGY, "failure-rate");
        flink.set(RestartStrategyOptions.RESTART_STRATEGY_FAILURE_RATE_MAX_FAILURES_PER_INTERVAL, MAX_RESTARTS);
        flink.set(RestartStrategyOptions.RESTART_STRATEGY_FAILURE_RATE_FAILURE_RATE_INTERVAL, RESTART_WINDOW);
        flink.set(RestartStrategyOptions.RESTART_STRATEGY_FAILURE_RATE_DELAY, Duration.ofSeconds(3));
        // Checkpoints always go to files: the job manager's memory holds at most 5 MB of state, which a
        // few thousand meters exceed, and a failed checkpoint would stop the acknowledgements.
        String checkpoints = config.checkpointDirectory() != null ? config.checkpointDirectory() : temporaryCheckpointDirectory();
        flink.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpoints);
        flink.set(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER, 5);
        if (config.checkpointDirectory() != null) {
            CheckpointOwnership.claim(config.checkpointDirectory(), config.storage());
            flink.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
            LatestCheckpoint.find(config.checkpointDirectory()).ifPresent(latest -> {
                LOG.info("resuming from checkpoint {}", latest);
                flink.set(StateRecoveryOptions.SAVEPOINT_PATH, latest);
            });
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        env.setParallelism(config.parallelism());
        // At-least-once barriers suffice: a message is acknowledged only after the checkpoint that
        // follows it completes, and every sink is idempotent.
        env.enableCheckpointing(config.checkpointInterval().toMillis(), CheckpointingMode.AT_LEAST_ONCE);
        return env;
    }

    private static String temporaryCheckpointDirectory() {
        try {
            Path directory = Files.createTempDirectory("meterhub-checkpoints-");
            directory.toFile().deleteOnExit();
            return directory.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a checkpoint directory in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    /** {@link #start(StreamConfig, Duration)} waiting up to a minute. */
    public static JobClient start(StreamConfig config) throws Exception {
        return start(config, Duration.ofMinutes(1));
    }

    /**
     * Starts the job on a mini cluster in this JVM and returns once every source reader's
     * subscription is acknowledged by the broker: from then on nothing published is lost, even on
     * a session the broker has never seen. The caller owns the job's lifetime.
     *
     * @throws IllegalStateException when the job stops or is not subscribed within the timeout (it is cancelled)
     */
    public static JobClient start(StreamConfig config, Duration subscribeTimeout) throws Exception {
        StreamExecutionEnvironment env = environment(config);
        pipeline(config).build(env);
        CompletableFuture<Void> subscribed = LocalSubscriptions.expect(config.mqtt(), config.parallelism());
        JobClient job = env.executeAsync("meterhub-telemetry");
        CompletableFuture<JobExecutionResult> stopped = job.getJobExecutionResult();
        try {
            CompletableFuture.anyOf(subscribed, stopped).get(subscribeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            subscribed.cancel(false);
            job.cancel().get(30, TimeUnit.SECONDS);
            throw new IllegalStateException("the pipeline did not subscribe to " + config.mqtt().sharedFilter() + " at "
                    + config.mqtt().brokerUri() + " within " + subscribeTimeout.toSeconds() + " s; it was stopped");
        } catch (ExecutionException e) {
            throw new IllegalStateException("the pipeline stopped before it subscribed: " + e.getCause().getMessage(), e.getCause());
        }
        if (!subscribed.isDone()) {
            throw new IllegalStateException("the pipeline stopped before it subscribed to " + config.mqtt().sharedFilter());
        }
        return job;
    }

    public static void main(String[] args) throws Exception {
        StreamConfig config = StreamConfig.fromEnvironment(Map.copyOf(System.getenv()));
        StreamExecutionEnvironment env = environment(config);
        pipeline(config).build(env);
        // Under `flink run -d` this returns at once with a detached result that has no figures to ask for.
        env.execute("meterhub-telemetry");
    }
}
