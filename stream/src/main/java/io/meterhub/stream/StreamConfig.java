package io.meterhub.stream;

import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.protocols.config.EnvReader;
import io.meterhub.storage.StorageConfig;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The pipeline's settings, from environment variables (see the README's configuration table).
 *
 * @param outOfOrderness  how far behind the newest reading the watermark trails: an hour becomes
 *                        final this long after it ends
 * @param recomputeHorizon how late a reading may arrive behind its register's newest one and still
 *                        recompute its hours
 * @param maxClockAhead   how far ahead of the server clock a timestamp may be
 * @param sinkMaxDelay    the longest a row waits in a sink's batch: how soon the open hour shows
 * @param checkpointDirectory where checkpoints are kept across restarts (a file: or other Flink file
 *                        system URI), or null to keep them in memory only; by default a folder of
 *                        the database's own under {@code MH_STATE_DIR}, never the working directory
 * @param anomalyRefresh  how often the organizations' anomaly thresholds are read again
 * @param maxDocumentBytes the largest uplink document decoded; a larger one is quarantined whole
 * @param deadLetterDirectory where the sinks put rows the database refuses for their content
 * @param unknownMeterHold how long readings of an unregistered meter wait for its registration
 *                         (zero: not held, only quarantined)
 */
public record StreamConfig(StorageConfig storage, MqttIngestConfig mqtt, int parallelism, Duration checkpointInterval,
                           Duration outOfOrderness, Duration recomputeHorizon, Duration maxClockAhead,
                           Duration sinkMaxDelay, int sinkBatch, String checkpointDirectory,
                           Duration anomalyRefresh, int maxDocumentBytes, String deadLetterDirectory,
                           Duration unknownMeterHold) implements Serializable {

    /** 1 MiB: a document of 10,000 readings is about 830 KB. */
    public static final int DEFAULT_MAX_DOCUMENT_BYTES = 1024 * 1024;
    /** Three days: a controller switched on on Friday evening waits for its meters over a weekend. */
    public static final Duration DEFAULT_UNKNOWN_METER_HOLD = Duration.ofHours(72);

    public static StreamConfig fromEnvironment(Map<String, String> env) {
        EnvReader read = new EnvReader(env);
        int parallelism = (int) read.number("MH_STREAM_PARALLELISM", 1, 1, 256);
        long checkpointMs = read.number("MH_CHECKPOINT_INTERVAL_MS", 5_000, 100, 600_000);
        long outOfOrderS = read.number("MH_OUT_OF_ORDERNESS_S", 300, 0, 86_400);
        long horizonH = read.number("MH_RECOMPUTE_HORIZON_H", 6, 1, 24 * 31);
        long clockAheadS = read.number("MH_MAX_CLOCK_AHEAD_S", 300, 0, 86_400);
        long sinkDelayMs = read.number("MH_SINK_MAX_DELAY_MS", 500, 10, 60_000);
        int sinkBatch = (int) read.number("MH_SINK_BATCH", 5_000, 1, 1_000_000);
        long anomalyRefreshS = read.number("MH_ANOMALY_REFRESH_S", 300, 1, 86_400);
        int maxDocumentBytes = (int) read.number("MH_MAX_DOCUMENT_BYTES", DEFAULT_MAX_DOCUMENT_BYTES, 1_024, 64L * 1024 * 1024);
        long holdH = read.number("MH_UNKNOWN_METER_HOLD_H", DEFAULT_UNKNOWN_METER_HOLD.toHours(), 0, 24 * 31);
        Path state = Path.of(read.string("MH_STATE_DIR", defaultStateDirectory().toString()));
        if (!state.isAbsolute()) {
            read.problem("MH_STATE_DIR must be an absolute path (state must not depend on the working directory), got \"" + state + "\"");
        }
        String deadLetters = read.string("MH_DEAD_LETTER_DIR", state.resolve("dead-letter").toString());
        String checkpointSetting = read.string("MH_CHECKPOINT_DIR", null);
        if (checkpointSetting != null && !checkpointSetting.equals("none") && !isAbsoluteLocation(checkpointSetting)) {
            read.problem("MH_CHECKPOINT_DIR must be an absolute path or a URI such as file:///var/lib/meterhub/checkpoints, got \""
                    + checkpointSetting + "\"");
        }
        StorageConfig storage = null;
        MqttIngestConfig mqtt = null;
        try {
            storage = StorageConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            read.problem(e.getMessage());
        }
        try {
            mqtt = MqttIngestConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            read.problem(e.getMessage());
        }
        read.validate("stream");
        // Checkpoints hold state computed from one database's rows: by default each database has its own folder.
        String checkpoints = checkpointSetting != null ? checkpointSetting
                : state.resolve("checkpoints").resolve(storage.databaseFolderName()).toUri().toString();
        return new StreamConfig(storage, mqtt, parallelism, Duration.ofMillis(checkpointMs), Duration.ofSeconds(outOfOrderS),
                Duration.ofHours(horizonH), Duration.ofSeconds(clockAheadS), Duration.ofMillis(sinkDelayMs), sinkBatch,
                checkpoints.equals("none") ? null : checkpoints, Duration.ofSeconds(anomalyRefreshS), maxDocumentBytes, deadLetters,
                Duration.ofHours(holdH));
    }

    private static Path defaultStateDirectory() {
        return Path.of(System.getProperty("user.home"), ".meterhub");
    }

    private static String defaultDeadLetterDirectory() {
        return defaultStateDirectory().resolve("dead-letter").toString();
    }

    private static boolean isAbsoluteLocation(String location) {
        if (location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            return true; // a URI: file:///..., s3://..., hdfs://...
        }
        return Path.of(location).isAbsolute();
    }

    public static StreamConfig defaults(StorageConfig storage, MqttIngestConfig mqtt) {
        return new StreamConfig(storage, mqtt, 1, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofHours(6),
                Duration.ofMinutes(5), Duration.ofMillis(500), 5_000, null, Duration.ofMinutes(5), DEFAULT_MAX_DOCUMENT_BYTES,
                defaultDeadLetterDirectory(), DEFAULT_UNKNOWN_METER_HOLD);
    }

    public StreamConfig withStorage(StorageConfig value) {
        return new StreamConfig(value, mqtt, parallelism, checkpointInterval, outOfOrderness, recomputeHorizon, maxClockAhead, sinkMaxDelay,
                sinkBatch, checkpointDirectory, anomalyRefresh, maxDocumentBytes, deadLetterDirectory, unknownMeterHold);
    }

    public StreamConfig withOutOfOrderness(Duration value) {
        return new StreamConfig(storage, mqtt, parallelism, checkpointInterval, value, recomputeHorizon, maxClockAhead, sinkMaxDelay,
                sinkBatch, checkpointDirectory, anomalyRefresh, maxDocumentBytes, deadLetterDirectory, unknownMeterHold);
    }

    public StreamConfig withParallelism(int value) {
        return new StreamConfig(storage, mqtt, value, checkpointInterval, outOfOrderness, recomputeHorizon, maxClockAhead, sinkMaxDelay,
                sinkBatch, checkpointDirectory, anomalyRefresh, maxDocumentBytes, deadLetterDirectory, unknownMeterHold);
    }

    public StreamConfig withCheckpointInterval(Duration value) {
        return new StreamConfig(storage, mqtt, parallelism, value, outOfOrderness, recomputeHorizon, maxClockAhead, sinkMaxDelay,
                sinkBatch, checkpointDirectory, anomalyRefresh, maxDocumentBytes, deadLetterDirectory, unknownMeterHold);
    }

    public StreamConfig withCheckpointDirectory(String value) {
        return new StreamConfig(storage, mqtt, parallelism, checkpointInterval, outOfOrderness, recomputeHorizon, maxClockAhead, sinkMaxDelay,
                sinkBatch, value, anomalyRefresh, maxDocumentBytes, deadLetterDirectory, unknownMeterHold);
    }

    public StreamConfig withUnknownMeterHold(Duration value) {
        return new StreamConfig(storage, mqtt, parallelism, checkpointInterval, outOfOrderness, recomputeHorizon, maxClockAhead, sinkMaxDelay,
                sinkBatch, checkpointDirectory, anomalyRefresh, maxDocumentBytes, deadLetterDirectory, value);
    }

    public StreamConfig withAnomalyRefresh(Duration value) {
        return new StreamConfig(storage, mqtt, parallelism, checkpointInterval, outOfOrderness, recomputeHorizon, maxClockAhead, sinkMaxDelay,
                sinkBatch, checkpointDirectory, value, maxDocumentBytes, deadLetterDirectory, unknownMeterHold);
    }
}
