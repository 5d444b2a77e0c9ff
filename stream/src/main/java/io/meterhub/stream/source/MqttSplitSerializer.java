package io.meterhub.stream.source;

import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.nio.charset.StandardCharsets;

final class MqttSplitSerializer implements SimpleVersionedSerializer<MqttSplit> {
    @Override
    public int getVersion() {
        return 1;
    }

    @Override
    public byte[] serialize(MqttSplit split) {
        return split.splitId().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public MqttSplit deserialize(int version, byte[] serialized) {
        return new MqttSplit(new String(serialized, StandardCharsets.UTF_8));
    }
}
