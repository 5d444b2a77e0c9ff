package io.meterhub.stream.source;

import org.apache.flink.api.connector.source.SplitEnumerator;

import java.util.List;

/** Each reader subscribes by itself; there is nothing to assign. */
final class IdleEnumerator implements SplitEnumerator<MqttSplit, Void> {
    @Override
    public void start() {
    }

    @Override
    public void handleSplitRequest(int subtaskId, String requesterHostname) {
    }

    @Override
    public void addSplitsBack(List<MqttSplit> splits, int subtaskId) {
    }

    @Override
    public void addReader(int subtaskId) {
    }

    @Override
    public Void snapshotState(long checkpointId) {
        return null;
    }

    @Override
    public void close() {
    }
}
