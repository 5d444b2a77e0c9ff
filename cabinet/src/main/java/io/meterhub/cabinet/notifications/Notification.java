package io.meterhub.cabinet.notifications;


import java.time.Instant;

/**
 * A notification in its recipient's inbox.
 *
 * @param link    relative to the cabinet's root (for example {@code operator/anomalies/42}), null when it has none
 * @param readAt  null while unread
 */
public record Notification(long id, String topic, String subject, String body, String link, Instant createdAt, Instant readAt) {
    public boolean read() {
        return readAt != null;
    }

    static Notification of(NotificationRow row) {
        return new Notification(row.id(), row.topic(), row.subject(), row.body(), row.link(), row.createdAt(), row.readAt());
    }
}
