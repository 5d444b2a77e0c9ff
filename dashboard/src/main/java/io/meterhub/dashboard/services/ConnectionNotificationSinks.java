package io.meterhub.dashboard.services;

import io.meterhub.cabinet.notifications.NewNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the grid connection applications' notifications leave the dashboard.
 *
 * @param notifications status changes and staff messages for the applicant: the cabinet's notification
 *                      service ({@code NotificationService::send}: the inbox, then email and SMS). One-time
 *                      codes never come this way: they go by SMS alone ({@link OneTimeCodeDelivery})
 */
public record ConnectionNotificationSinks(Consumer<NewNotification> notifications) {
    private static final Logger log = LoggerFactory.getLogger(ConnectionNotificationSinks.class);

    public ConnectionNotificationSinks {
        Objects.requireNonNull(notifications, "notifications");
    }

    /**
     * Sinks that only log what would go out (topic and user, never the text: it may hold a code), for a
     * dashboard whose notification service is not connected.
     */
    public static ConnectionNotificationSinks loggingOnly() {
        return new ConnectionNotificationSinks(
                n -> log.info("connection notification {} for user {} not delivered: no notification service is connected", n.topic(), n.userId()));
    }
}
