package io.meterhub.stream.held;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.storage.StorageConfig;
import io.meterhub.stream.source.MqttSplit;
import io.meterhub.stream.source.SplitlessSource;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;

import java.time.Duration;

/**
 * Sends held items (samples and events of meters that were not registered when they arrived) through
 * the pipeline again once their meter is registered. Runs with parallelism 1: the table is one queue.
 */
public final class HeldReplaySource extends SplitlessSource<InboundUplink> {
    private final StorageConfig storage;
    private final Duration hold;
    private final Duration sweep;

    /**
     * @param hold  how long an item waits for its meter before it is dropped
     * @param sweep how often the table is looked at without a registration notice (one may be missed
     *              while the database is away)
     */
    public HeldReplaySource(StorageConfig storage, Duration hold, Duration sweep) {
        this.storage = storage;
        this.hold = hold;
        this.sweep = sweep;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SourceReader<InboundUplink, MqttSplit> createReader(SourceReaderContext context) {
        return new HeldReplayReader(storage, hold, sweep);
    }
}
