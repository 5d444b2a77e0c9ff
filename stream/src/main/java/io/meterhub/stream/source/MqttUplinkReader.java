package io.meterhub.stream.source;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.ingest.mqtt.MqttUplinkSubscriber;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.core.io.InputStatus;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;

/**
 * One subscriber of the shared subscription. Paho delivers on its own thread into a bounded queue
 * (when the queue is full Paho stops reading the socket: backpressure reaches the broker); Flink's
 * task thread drains it. Packet ids are acknowledged per completed checkpoint.
 */
final class MqttUplinkReader implements SourceReader<InboundUplink, MqttSplit> {
    private static final int QUEUE_CAPACITY = 4_096;
    private static final int MAX_PER_POLL = 256;

    private final MqttIngestConfig config;
    private final int subtask;
    private final String clientId;
    private final BlockingQueue<InboundUplink> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final InputAvailability availability = new InputAvailability();

    private final AcknowledgedOnCheckpoint<InboundUplink> acknowledgements = new AcknowledgedOnCheckpoint<>();
    private MqttUplinkSubscriber subscriber;

    MqttUplinkReader(MqttIngestConfig config, int subtask) {
        this.config = config;
        this.subtask = subtask;
        this.clientId = config.clientIdPrefix() + "-" + subtask;
    }

    /** Returns once the broker has acknowledged the subscription. */
    @Override
    public void start() {
        subscriber = new MqttUplinkSubscriber(config, clientId, this::arrived);
        subscriber.start();
        LocalSubscriptions.subscribed(config, subtask);
    }

    private void arrived(InboundUplink uplink) {
        try {
            queue.put(uplink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        availability.signal();
    }

    @Override
    public InputStatus pollNext(ReaderOutput<InboundUplink> output) {
        for (int i = 0; i < MAX_PER_POLL; i++) {
            InboundUplink uplink = queue.poll();
            if (uplink == null) {
                return InputStatus.NOTHING_AVAILABLE;
            }
            output.collect(uplink, uplink.receivedAt());
            acknowledgements.emitted(uplink);
        }
        return queue.isEmpty() ? InputStatus.NOTHING_AVAILABLE : InputStatus.MORE_AVAILABLE;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        return availability.future(() -> !queue.isEmpty());
    }

    @Override
    public List<MqttSplit> snapshotState(long checkpointId) {
        acknowledgements.checkpoint(checkpointId);
        return List.of();
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        for (InboundUplink uplink : acknowledgements.completed(checkpointId)) {
            subscriber.acknowledge(uplink.messageId(), uplink.qos());
        }
    }

    @Override
    public void addSplits(List<MqttSplit> splits) {
    }

    @Override
    public void notifyNoMoreSplits() {
    }

    @Override
    public void close() {
        if (subscriber != null) {
            subscriber.close();
        }
    }
}
