package io.meterhub.storage.telemetry;

/**
 * Something that could not be accepted, with why, and the whole payload it came in.
 *
 * @param source  where it came from, for MQTT the topic
 * @param pointer JSON pointer of the item in its payload, "" for the whole payload
 */
public record QuarantinedItem(String source, long receivedAt, String pointer, String reason, String item, String payload) {
}
