package io.meterhub.ingest.mqtt;

import java.util.Locale;

/** The broker answered a QoS 1 publish with a failure reason code: the message was not accepted. */
public final class PublishRefusedException extends IllegalStateException {
    private final String topic;
    private final int reasonCode;

    public PublishRefusedException(String topic, int reasonCode) {
        super("the broker refused a publish to " + topic + ": reason code 0x" + Integer.toHexString(reasonCode).toUpperCase(Locale.ROOT)
                + (reasonCode == 0x87 ? " (not authorized: a controller may publish only to meterhub/v1/<its user name>/up)" : ""));
        this.topic = topic;
        this.reasonCode = reasonCode;
    }

    public String topic() {
        return topic;
    }

    public int reasonCode() {
        return reasonCode;
    }
}
