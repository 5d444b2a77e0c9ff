package io.meterhub.stream.sink;

import io.meterhub.storage.StorageConfig;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

import java.time.Duration;

/**
 * Writes a stream to PostgreSQL in batches: when a batch is full, when it has waited
 * {@code maxDelay} (so the open hour shows up within about a second), and before every checkpoint
 * (so that a completed checkpoint means the rows are stored and the broker may forget them).
 * While the database is away the writer retries and the job waits, logging the outage as one line
 * per attempt ({@link DatabaseOutage}) instead of restarting with a stack trace every few seconds.
 */
public final class JdbcBatchSink<T> implements Sink<T> {
    private final String name;
    private final StorageConfig storage;
    private final BatchStatement<T> statement;
    private final int maxBatch;
    private final long maxDelayMillis;
    private final DeadLetterFile deadLetters;

    public JdbcBatchSink(String name, StorageConfig storage, BatchStatement<T> statement, int maxBatch, Duration maxDelay,
                         DeadLetterFile deadLetters) {
        this.deadLetters = deadLetters;
        this.name = name;
        this.storage = storage;
        this.statement = statement;
        this.maxBatch = maxBatch;
        this.maxDelayMillis = maxDelay.toMillis();
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new JdbcBatchWriter<>(name, storage, statement, maxBatch, maxDelayMillis, context.getProcessingTimeService(),
                context.metricGroup(), deadLetters);
    }
}
