package io.meterhub.stream.source;

import org.apache.flink.api.connector.source.SourceSplit;

/**
 * The MQTT source has nothing to split: the broker's shared subscription spreads messages over the
 * readers. Flink's source API still wants a split type.
 */
public record MqttSplit(String splitId) implements SourceSplit {
}
