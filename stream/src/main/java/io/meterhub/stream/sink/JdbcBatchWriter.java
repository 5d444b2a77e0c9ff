package io.meterhub.stream.sink;

import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds one connection for its lifetime. A failed write fails the task: Flink restarts from the
 * last checkpoint and the idempotent statements make the replay harmless.
 */
final class JdbcBatchWriter<T> implements SinkWriter<T> {
    private final String name;
    private final StorageConfig storage;
    private final BatchStatement<T> statement;
    private final int maxBatch;
    private final long maxDelayMillis;
    private final ProcessingTimeService time;
    private final Counter rowsOut;

    private Connection connection;
    private List<T> batch = new ArrayList<>();
    private boolean timerPending;
    private volatile IOException asyncFailure;

    JdbcBatchWriter(String name, StorageConfig storage, BatchStatement<T> statement, int maxBatch, long maxDelayMillis,
                    ProcessingTimeService time, SinkWriterMetricGroup metrics) {
        this.name = name;
        this.storage = storage;
        this.statement = statement;
        this.maxBatch = maxBatch;
        this.maxDelayMillis = maxDelayMillis;
        this.time = time;
        this.rowsOut = metrics.getNumRecordsSendCounter();
    }

    @Override
    public void write(T element, Context context) throws IOException {
        rethrowTimerFailure();
        batch.add(element);
        if (batch.size() >= maxBatch) {
            writeBatch();
        } else if (!timerPending) {
            timerPending = true;
            time.registerTimer(time.getCurrentProcessingTime() + maxDelayMillis, ignored -> {
                timerPending = false;
                try {
                    writeBatch();
                } catch (IOException e) {
                    asyncFailure = e;
                    throw e;
                }
            });
        }
    }

    @Override
    public void flush(boolean endOfInput) throws IOException {
        rethrowTimerFailure();
        writeBatch();
    }

    private void writeBatch() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            if (connection == null || connection.isClosed()) {
                connection = Database.connect(storage);
            }
            statement.write(connection, batch);
            rowsOut.inc(batch.size());
            SinkProgress.stored(name, batch.size());
            batch = new ArrayList<>(Math.min(maxBatch, batch.size() * 2));
        } catch (SQLException e) {
            closeQuietly();
            throw new IOException("the " + name + " sink could not write " + batch.size() + " rows: " + e.getMessage(), e);
        }
    }

    private void rethrowTimerFailure() throws IOException {
        if (asyncFailure != null) {
            throw asyncFailure;
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is being replaced because it failed
        }
        connection = null;
    }

    @Override
    public void close() throws Exception {
        closeQuietly();
    }
}
