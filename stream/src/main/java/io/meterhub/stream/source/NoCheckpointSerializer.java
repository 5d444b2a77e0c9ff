package io.meterhub.stream.source;

import org.apache.flink.core.io.SimpleVersionedSerializer;

/** The enumerator keeps no state: what is not yet acknowledged stays with the broker. */
final class NoCheckpointSerializer implements SimpleVersionedSerializer<Void> {
    @Override
    public int getVersion() {
        return 1;
    }

    @Override
    public byte[] serialize(Void nothing) {
        return new byte[0];
    }

    @Override
    public Void deserialize(int version, byte[] serialized) {
        return null;
    }
}
