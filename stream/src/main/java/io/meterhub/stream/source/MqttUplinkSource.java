package io.meterhub.stream.source;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * The controllers' uplinks as an unbounded Flink source. Messages are acknowledged to the broker
 * only when a checkpoint that covers them completes: by then the sinks have flushed their rows, so
 * a crash at any moment loses nothing the broker accepted (it redelivers, the sinks are idempotent).
 */
public final class MqttUplinkSource implements Source<InboundUplink, MqttSplit, Void> {
    private final MqttIngestConfig config;

    public MqttUplinkSource(MqttIngestConfig config) {
        this.config = config;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SplitEnumerator<MqttSplit, Void> createEnumerator(SplitEnumeratorContext<MqttSplit> context) {
        return new IdleEnumerator();
    }

    @Override
    public SplitEnumerator<MqttSplit, Void> restoreEnumerator(SplitEnumeratorContext<MqttSplit> context, Void checkpoint) {
        return new IdleEnumerator();
    }

    @Override
    public SimpleVersionedSerializer<MqttSplit> getSplitSerializer() {
        return new MqttSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<Void> getEnumeratorCheckpointSerializer() {
        return new NoCheckpointSerializer();
    }

    @Override
    public SourceReader<InboundUplink, MqttSplit> createReader(SourceReaderContext context) {
        return new MqttUplinkReader(config, config.clientIdPrefix() + "-" + context.getIndexOfSubtask());
    }
}
