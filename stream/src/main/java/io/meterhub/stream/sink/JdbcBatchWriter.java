package io.meterhub.stream.sink;

import io.meterhub.protocols.text.SafeText;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Holds one connection for its lifetime, used by its own writing thread. While the database cannot
 * be reached the writing thread retries the batch (see {@link DatabaseOutage}) and the task waits
 * for it: backpressure, not a restart every few seconds. Any other failed write fails the task:
 * Flink restarts from the last checkpoint and the idempotent statements make the replay harmless.
 */
final class JdbcBatchWriter<T> implements SinkWriter<T> {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcBatchWriter.class);
    private final String name;
    private final StorageConfig storage;
    private final BatchStatement<T> statement;
    private final int maxBatch;
    private final long maxDelayMillis;
    private final ProcessingTimeService time;
    private final Counter rowsOut;
    private final DeadLetterFile deadLetters;
    private final DatabaseOutage outage;
    private final CountDownLatch closed = new CountDownLatch(1);

    private final ExecutorService writer;
    private Future<Void> writing;
    private volatile Connection connection;
    private List<T> batch = new ArrayList<>();
    private boolean timerPending;
    private volatile IOException asyncFailure;

    JdbcBatchWriter(String name, StorageConfig storage, BatchStatement<T> statement, int maxBatch, long maxDelayMillis,
                    ProcessingTimeService time, SinkWriterMetricGroup metrics, DeadLetterFile deadLetters) {
        this.deadLetters = deadLetters;
        this.name = name;
        this.storage = storage;
        this.statement = statement;
        this.maxBatch = maxBatch;
        this.maxDelayMillis = maxDelayMillis;
        this.time = time;
        this.rowsOut = metrics.getNumRecordsSendCounter();
        this.outage = new DatabaseOutage(name);
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "meterhub-sink-" + name.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
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

    /** Called before every checkpoint: when it returns, every row written so far is stored. */
    @Override
    public void flush(boolean endOfInput) throws IOException {
        rethrowTimerFailure();
        writeBatch();
        awaitWriting();
    }

    /**
     * Hands the batch to the writing thread and goes on: the task thread keeps computing while the
     * database works. One batch is written at a time, so a slow database slows the task down
     * (backpressure) instead of piling batches up in memory.
     */
    private void writeBatch() throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        awaitWriting();
        List<T> rows = batch;
        batch = new ArrayList<>(Math.min(maxBatch, rows.size() * 2));
        writing = writer.submit(() -> {
            store(rows);
            rowsOut.inc(rows.size());
            SinkProgress.stored(name, rows.size());
            return null;
        });
    }

    /** Writes the rows, attempting again for as long as the database is away (until the writer closes). */
    private void store(List<T> rows) throws IOException, InterruptedException {
        while (true) {
            try {
                if (connection == null || connection.isClosed()) {
                    connection = Database.connect(storage);
                }
                writeOrDeadLetter(rows);
                outage.recovered();
                return;
            } catch (SQLException e) {
                closeQuietly();
                if (!DatabaseOutage.isOutage(e)) {
                    throw new IOException("the " + name + " sink could not write " + rows.size() + " rows: " + e.getMessage(), e);
                }
                if (closed.await(outage.failed(e), TimeUnit.MILLISECONDS)) {
                    throw new IOException("the " + name + " sink closed while the database was away; " + rows.size()
                            + " rows are replayed after the restart", e);
                }
            }
        }
    }

    /** Failures of the database outage going on, 0 when it is reachable. */
    int outageFailures() {
        return outage.failures();
    }

    /**
     * A batch the database refuses for its content is written again row by row, and the rows it still
     * refuses go to the dead-letter file: such a row would fail every replay after a restart. Any
     * other failure is thrown: retried while the database is away, otherwise it fails the task.
     */
    private void writeOrDeadLetter(List<T> rows) throws SQLException {
        try {
            statement.write(connection, rows);
        } catch (SQLException e) {
            if (!isRefusedContent(e)) {
                throw e;
            }
            for (T row : rows) {
                try {
                    statement.write(connection, List.of(row));
                } catch (SQLException refused) {
                    if (!isRefusedContent(refused)) {
                        throw refused;
                    }
                    Path file = deadLetters.write(name, refused.getMessage(), row);
                    LOG.error("the {} sink could not store a row ({}); it is in {}", name, SafeText.forLog(refused.getMessage()), file);
                }
            }
        }
    }

    // SQLSTATE classes 22 (data exception) and 54 (a program limit): the row is what is wrong.
    private static boolean isRefusedContent(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("54"));
    }

    private void awaitWriting() throws IOException {
        if (writing == null) {
            return;
        }
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the " + name + " sink was writing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } finally {
            writing = null;
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
        closed.countDown();
        writer.shutdown();
        writer.awaitTermination(30, TimeUnit.SECONDS);
        closeQuietly();
    }
}
