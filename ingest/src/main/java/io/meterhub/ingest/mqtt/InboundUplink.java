package io.meterhub.ingest.mqtt;

/**
 * A message as it arrived, before anything is decoded: the pipeline must be able to quarantine it
 * byte for byte.
 *
 * @param messageId the MQTT packet id to acknowledge once the message's data is safe
 */
public record InboundUplink(String topic, byte[] payload, long receivedAt, int messageId, int qos) {

    /** The controller named by the topic {@code meterhub/v1/{controller}/up}, or null. */
    public String controllerId() {
        String[] parts = topic.split("/");
        return parts.length == 4 && parts[0].equals("meterhub") && parts[1].equals("v1") && parts[3].equals("up") ? parts[2] : null;
    }
}
