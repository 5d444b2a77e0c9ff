package io.meterhub.cabinet.notifications;

import java.time.Instant;

/** How one channel carried one notification: DELIVERED, SKIPPED or FAILED with an error free of personal data. */
public record DeliveryRow(long notificationId, String channel, String status, String error, Instant at) {
}
