package io.meterhub.stream.source;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;

/**
 * The controllers' uplinks as an unbounded Flink source. Messages are acknowledged to the broker
 * only when a checkpoint that covers them completes: by then the sinks have flushed their rows, so
 * a crash at any moment loses nothing the broker accepted (it redelivers, the sinks are idempotent).
 */
public final class MqttUplinkSource extends SplitlessSource<InboundUplink> {
    private final MqttIngestConfig config;

    public MqttUplinkSource(MqttIngestConfig config) {
        this.config = config;
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.CONTINUOUS_UNBOUNDED;
    }

    @Override
    public SourceReader<InboundUplink, MqttSplit> createReader(SourceReaderContext context) {
        return new MqttUplinkReader(config, context.getIndexOfSubtask());
    }
}
