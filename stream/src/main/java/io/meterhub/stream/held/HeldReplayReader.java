package io.meterhub.stream.held;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.protocols.text.SafeText;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.RegistryChanges;
import io.meterhub.storage.telemetry.HeldReading;
import io.meterhub.storage.telemetry.HeldReadings;
import io.meterhub.stream.source.AcknowledgedOnCheckpoint;
import io.meterhub.stream.source.InputAvailability;
import io.meterhub.stream.source.MqttSplit;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.core.io.InputStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replays held items whose meter is registered now: woken by the registry's notification, and every
 * sweep interval. A replayed row is deleted only when the checkpoint after its replay completes, so a
 * crash in between replays it again, which the idempotent sinks make harmless.
 */
final class HeldReplayReader implements SourceReader<InboundUplink, MqttSplit> {
    private static final Logger LOG = LoggerFactory.getLogger(HeldReplayReader.class);
    private static final int ROWS_PER_POLL = 1_000;

    private final StorageConfig storage;
    private final Duration hold;
    private final Duration sweep;
    private final AtomicBoolean due = new AtomicBoolean(true);
    private final InputAvailability availability = new InputAvailability();

    private final Set<Long> inFlight = new HashSet<>();
    private final AcknowledgedOnCheckpoint<Long> replayed = new AcknowledgedOnCheckpoint<>();
    private Connection connection;
    private RegistryChanges changes;
    private ScheduledExecutorService timer;

    HeldReplayReader(StorageConfig storage, Duration hold, Duration sweep) {
        this.storage = storage;
        this.hold = hold;
        this.sweep = sweep;
    }

    @Override
    public void start() {
        changes = RegistryChanges.listen(storage, this::wake, "held-readings-replay");
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "held-readings-sweep");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::wake, sweep.toMillis(), sweep.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void wake() {
        due.set(true);
        availability.signal();
    }

    @Override
    public InputStatus pollNext(ReaderOutput<InboundUplink> output) {
        if (!due.getAndSet(false)) {
            return InputStatus.NOTHING_AVAILABLE;
        }
        try {
            Connection db = connection();
            int expired = HeldReadings.expire(db, hold);
            if (expired > 0) {
                LOG.warn("dropped {} held items that waited over {} h for their meter's registration; their quarantine rows remain",
                        expired, hold.toHours());
            }
            List<HeldReading> rows = HeldReadings.ofRegisteredMeters(db, inFlight, ROWS_PER_POLL);
            for (HeldReading row : rows) {
                output.collect(InboundUplink.replayed(row.topic(), row.document().getBytes(StandardCharsets.UTF_8), row.receivedAt()),
                        row.receivedAt());
                inFlight.add(row.id());
                replayed.emitted(row.id());
            }
            if (!rows.isEmpty()) {
                LOG.info("replaying {} held items of meters registered since they arrived (first: {})", rows.size(),
                        SafeText.forLog(rows.get(0).meterId()));
            }
            if (rows.size() == ROWS_PER_POLL) {
                due.set(true);
                return InputStatus.MORE_AVAILABLE;
            }
        } catch (SQLException e) {
            // The next sweep tries again; the items wait in the table meanwhile.
            LOG.warn("could not read the held items: {}", e.getMessage());
            closeConnection();
        }
        return InputStatus.NOTHING_AVAILABLE;
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = Database.unpooled(storage).getConnection();
        }
        return connection;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return availability.future(due::get);
    }

    @Override
    public List<MqttSplit> snapshotState(long checkpointId) {
        replayed.checkpoint(checkpointId);
        return List.of();
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        List<Long> ids = replayed.completed(checkpointId);
        if (ids.isEmpty()) {
            return;
        }
        try {
            HeldReadings.delete(connection(), ids);
            ids.forEach(inFlight::remove);
        } catch (SQLException e) {
            // Kept for the next completed checkpoint; until then the rows stay out of the replay.
            LOG.warn("could not delete {} replayed held items yet: {}", ids.size(), e.getMessage());
            replayed.retry(checkpointId, ids);
            closeConnection();
        }
    }

    @Override
    public void addSplits(List<MqttSplit> splits) {
    }

    @Override
    public void notifyNoMoreSplits() {
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is being replaced
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        if (changes != null) {
            changes.close();
        }
        if (timer != null) {
            timer.shutdownNow();
        }
        closeConnection();
    }
}
