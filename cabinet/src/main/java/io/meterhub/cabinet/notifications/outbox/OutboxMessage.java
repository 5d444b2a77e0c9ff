package io.meterhub.cabinet.notifications.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of the {@link Outbox}.
 *
 * @param recipient the masked phone or email it went to
 * @param text      what the recipient reads (an email's subject, body and link); may hold a one-time code
 */
public record OutboxMessage(Instant at, Channel channel, String recipient, String text) {
    public enum Channel { SMS, EMAIL }

    public OutboxMessage {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(text, "text");
    }

    /** The text may be a one-time code: it never goes into a log line through this record. */
    @Override
    public String toString() {
        return "OutboxMessage[" + channel + " at " + at + "]";
    }
}
