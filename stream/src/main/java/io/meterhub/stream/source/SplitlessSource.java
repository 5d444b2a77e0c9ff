package io.meterhub.stream.source;

import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A source whose readers find their input by themselves (a broker subscription, a simulator), so
 * there is nothing to split or assign; Flink's source API still wants the types.
 */
public abstract class SplitlessSource<T> implements Source<T, MqttSplit, Void> {

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
}
