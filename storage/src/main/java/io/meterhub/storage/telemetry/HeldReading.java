package io.meterhub.storage.telemetry;

import io.meterhub.protocols.text.SafeText;

/**
 * A sample or event of a meter not registered yet, kept to be replayed when it is.
 *
 * @param id         the row's id, 0 before it is stored
 * @param meterId    the meter the controller named
 * @param timestamp  the sample's or event's own time, epoch milliseconds (replays go oldest first)
 * @param topic      the topic it arrived on
 * @param receivedAt when it arrived, epoch milliseconds: the hold is counted from here
 * @param document   a v1 uplink document holding just this sample or event
 */
public record HeldReading(long id, String meterId, long timestamp, String topic, long receivedAt, String document) {

    public static HeldReading of(String meterId, long timestamp, String topic, long receivedAt, String document) {
        return new HeldReading(0, SafeText.forDatabase(meterId), timestamp, SafeText.forDatabase(topic), receivedAt,
                SafeText.forDatabase(document));
    }
}
