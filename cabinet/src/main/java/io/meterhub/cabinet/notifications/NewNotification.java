package io.meterhub.cabinet.notifications;

import java.util.Objects;

/**
 * A notification about to be sent: text already in the recipient's language, and a link into the
 * cabinet relative to its root (for example {@code operator/anomalies/42}); channels outside the
 * cabinet make it absolute with the cabinet's public address.
 *
 * @param topic what it is about, for grouping and filtering (for example {@code ANOMALY_HIGH}, {@code APPLICATION_STATUS})
 */
public record NewNotification(long userId, String topic, String subject, String body, String link) {
    public NewNotification {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (link != null && (link.startsWith("/") || link.contains("://"))) {
            throw new IllegalArgumentException("a notification link is relative to the cabinet's root, got " + link);
        }
    }
}
