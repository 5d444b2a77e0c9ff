package io.meterhub.stream.source;

import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.ingest.mqtt.MqttUplinkSubscriber;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.core.io.InputStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final Object availabilityLock = new Object();
    private CompletableFuture<Void> available = new CompletableFuture<>();

    private List<InboundUplink> sinceLastCheckpoint = new ArrayList<>();
    private final TreeMap<Long, List<InboundUplink>> awaitingCompletion = new TreeMap<>();
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
        synchronized (availabilityLock) {
            available.complete(null);
        }
    }

    @Override
    public InputStatus pollNext(ReaderOutput<InboundUplink> output) {
        for (int i = 0; i < MAX_PER_POLL; i++) {
            InboundUplink uplink = queue.poll();
            if (uplink == null) {
                return InputStatus.NOTHING_AVAILABLE;
            }
            output.collect(uplink, uplink.receivedAt());
            sinceLastCheckpoint.add(uplink);
        }
        return queue.isEmpty() ? InputStatus.NOTHING_AVAILABLE : InputStatus.MORE_AVAILABLE;
    }

    @Override
    public CompletableFuture<Void> isAvailable() {
        synchronized (availabilityLock) {
            if (!queue.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            if (available.isDone()) {
                available = new CompletableFuture<>();
            }
            return available;
        }
    }

    @Override
    public List<MqttSplit> snapshotState(long checkpointId) {
        awaitingCompletion.put(checkpointId, sinceLastCheckpoint);
        sinceLastCheckpoint = new ArrayList<>();
        return List.of();
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        Map<Long, List<InboundUplink>> covered = awaitingCompletion.headMap(checkpointId, true);
        for (List<InboundUplink> uplinks : covered.values()) {
            for (InboundUplink uplink : uplinks) {
                subscriber.acknowledge(uplink.messageId(), uplink.qos());
            }
        }
        covered.clear();
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
