package io.meterhub.cabinet.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The inbox {@code notification}, its deliveries per channel, and who is reached how (and who is on duty). */
public interface NotificationRepository {
    long insert(long userId, String topic, String subject, String body, String link, Instant createdAt);

    void recordDelivery(long notificationId, String channel, String status, String error, Instant at);

    List<DeliveryRow> deliveries(long notificationId);

    /** The user's newest notifications first. */
    List<NotificationRow> inbox(long userId, int limit);

    Optional<NotificationRow> byId(long id);

    int unreadCount(long userId);

    /** @return false when the user has no such notification (whether it exists for someone else or not) */
    boolean markRead(long userId, long id, Instant at);

    int markAllRead(long userId, Instant at);

    Optional<RecipientRow> recipient(long userId);

    /** The operators and administrators of the organization who are on duty, by id. */
    List<RecipientRow> onDuty(String organizationId);

    boolean isOnDuty(long userId);

    void setOnDuty(long userId, boolean onDuty);

    /** Sets how the user is reached; either may be null. The phone must be E.164 (the table checks it). */
    void setContacts(long userId, String email, String phone);
}
