package io.meterhub.cabinet.notifications;

import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.accounts.AccountRow;
import io.meterhub.cabinet.accounts.OrganizationRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Sends notifications and keeps each user's inbox. A notification is stored in the inbox first, then
 * handed to every channel (email, SMS) in turn; each outcome is recorded in
 * {@code notification_delivery}. A channel that fails is recorded and logged with the notification's
 * id and the failure's kind only (never the address, never the text): the caller is never stopped by it.
 */
public final class NotificationService {
    public static final String NOT_FOUND = "access.no_such_notification";
    public static final int MAX_INBOX = 500;
    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final AccessPolicy access;
    private final AccountRepository accounts;
    private final List<NotificationChannel> channels;
    private final String publicBaseUrl;
    private final Clock clock;

    /**
     * @param publicBaseUrl the cabinet's address as users reach it (for example {@code https://lk.example.ru/}); links become
     *                      absolute with it for channels outside the cabinet
     */
    public NotificationService(NotificationRepository notifications, AccessPolicy access, AccountRepository accounts,
                               List<NotificationChannel> channels, String publicBaseUrl, Clock clock) {
        this.notifications = notifications;
        this.access = access;
        this.accounts = accounts;
        this.channels = List.copyOf(channels);
        this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl").endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
        this.clock = clock;
    }

    /**
     * Stores the notification in the user's inbox, then delivers it through every channel.
     *
     * @return the notification's id in the inbox
     * @throws IllegalArgumentException when there is no such user
     */
    public long send(NewNotification notification) {
        RecipientRow row = notifications.recipient(notification.userId())
                .orElseThrow(() -> new IllegalArgumentException("no user " + notification.userId() + " to notify"));
        long id = notifications.insert(row.userId(), notification.topic(), notification.subject(), notification.body(), notification.link(),
                clock.instant());
        Recipient recipient = recipient(row);
        String absoluteLink = notification.link() == null ? null : publicBaseUrl + notification.link();
        for (NotificationChannel channel : channels) {
            deliver(id, channel, recipient, notification, absoluteLink);
        }
        return id;
    }

    /**
     * Sends through one channel only and keeps nothing in the inbox: for a one-time code's copy, which must
     * not stay readable in the cabinet nor go out by SMS a second time.
     *
     * @return true when the channel delivered it; false when the user cannot be reached that way or it failed
     *         (logged without the text or the address)
     */
    public boolean sendPrivately(NewNotification notification, NotificationChannel channel) {
        RecipientRow row = notifications.recipient(notification.userId())
                .orElseThrow(() -> new IllegalArgumentException("no user " + notification.userId() + " to notify"));
        String absoluteLink = notification.link() == null ? null : publicBaseUrl + notification.link();
        try {
            return channel.deliver(recipient(row), notification, absoluteLink);
        } catch (Exception e) {
            LOG.warn("private {} for user {}: channel {} failed with {}", notification.topic(), notification.userId(), channel.name(),
                    e.getClass().getName());
            return false;
        }
    }

    private static Recipient recipient(RecipientRow row) {
        return new Recipient(row.userId(), row.displayName(), blankToNull(row.email()), blankToNull(row.phone()),
                Locale.forLanguageTag(row.locale() == null || row.locale().isBlank() ? "ru" : row.locale()));
    }

    private void deliver(long id, NotificationChannel channel, Recipient recipient, NewNotification notification, String absoluteLink) {
        String status;
        String error = null;
        try {
            status = channel.deliver(recipient, notification, absoluteLink) ? "DELIVERED" : "SKIPPED";
        } catch (Exception e) {
            status = "FAILED";
            // the exception's class only: messages of mail and SMS libraries often quote the address
            error = e.getClass().getName();
            LOG.warn("notification {} ({}): channel {} failed with {}", id, notification.topic(), channel.name(), error);
        }
        try {
            notifications.recordDelivery(id, channel.name(), status, error, clock.instant());
        } catch (RuntimeException e) {
            LOG.error("notification {}: the {} delivery ({}) could not be recorded", id, channel.name(), status, e);
        }
    }

    /** The viewer's own notifications, newest first, at most {@code limit} (capped at {@value #MAX_INBOX}). */
    public List<Notification> inbox(Viewer viewer, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        return notifications.inbox(viewer.userId(), Math.min(limit, MAX_INBOX)).stream().map(Notification::of).toList();
    }

    public int unreadCount(Viewer viewer) {
        return notifications.unreadCount(viewer.userId());
    }

    /** Marks one of the viewer's own notifications read; anyone else's reads as not found. Marking it again changes nothing. */
    public void markRead(Viewer viewer, long id) {
        if (!notifications.markRead(viewer.userId(), id, clock.instant())) {
            throw new AccessDeniedException(NOT_FOUND);
        }
    }

    public void markAllRead(Viewer viewer) {
        notifications.markAllRead(viewer.userId(), clock.instant());
    }

    /** The time zone the viewer reads times in: their organization's, a customer's first account's organization's, else UTC. */
    public ZoneId zone(Viewer viewer) {
        String organization = viewer.role().staff() ? viewer.organizationId()
                : access.accounts(viewer).stream().map(AccountRow::organizationId).findFirst().orElse(null);
        return organization == null ? ZoneOffset.UTC : accounts.organization(organization).map(OrganizationRow::timeZone).orElse(ZoneOffset.UTC);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
