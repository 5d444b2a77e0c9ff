package io.meterhub.cabinet.notifications;

import java.time.Instant;

/** One row of a user's inbox {@code notification}; {@code readAt} null while unread. */
public record NotificationRow(long id, long userId, String topic, String subject, String body, String link, Instant createdAt, Instant readAt) {
}
