package io.meterhub.cabinet.notifications;

/**
 * One way a notification leaves the cabinet: email, SMS. The cabinet's own inbox is not a channel:
 * every notification is stored there first, and a channel that fails does not lose it.
 */
public interface NotificationChannel {

    /** A short stable name recorded with each delivery: {@code email}, {@code sms}. */
    String name();

    /**
     * Delivers or throws; {@code absoluteLink} is the notification's link made absolute with the
     * cabinet's public address, null when it has no link.
     *
     * @return false when the recipient cannot be reached this way (no email, no phone), true when delivered
     */
    boolean deliver(Recipient recipient, NewNotification notification, String absoluteLink) throws Exception;
}
