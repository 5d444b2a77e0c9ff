package io.meterhub.ingest.mqtt;

/**
 * A message as it arrived, before anything is decoded: the pipeline must be able to quarantine it
 * byte for byte.
 *
 * @param messageId the MQTT packet id to acknowledge once the message's data is safe, or
 *                  {@link #REPLAYED} for a held item the pipeline sends through again
 */
public record InboundUplink(String topic, byte[] payload, long receivedAt, int messageId, int qos) {
    /** The message id of a replay: not an MQTT packet, nothing to acknowledge. */
    public static final int REPLAYED = -1;

    /** A held item sent through the pipeline again, as it arrived then. */
    public static InboundUplink replayed(String topic, byte[] payload, long receivedAt) {
        return new InboundUplink(topic, payload, receivedAt, REPLAYED, 0);
    }

    public boolean isReplay() {
        return messageId == REPLAYED;
    }

    /** The controller named by the topic {@code meterhub/v1/{controller}/up}, or null. */
    public String controllerId() {
        String[] parts = topic.split("/");
        return parts.length == 4 && parts[0].equals("meterhub") && parts[1].equals("v1") && parts[3].equals("up") ? parts[2] : null;
    }
}
