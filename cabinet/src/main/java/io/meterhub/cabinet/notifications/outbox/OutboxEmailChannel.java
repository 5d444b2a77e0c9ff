package io.meterhub.cabinet.notifications.outbox;

import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.Recipient;

import java.util.Objects;

/**
 * The email channel of a demo without an SMTP server: the message goes into the {@link Outbox}, so a
 * password link or a notice can still be followed.
 */
public final class OutboxEmailChannel implements NotificationChannel {
    private final Outbox outbox;

    public OutboxEmailChannel(Outbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public boolean deliver(Recipient recipient, NewNotification notification, String absoluteLink) {
        if (recipient.email() == null || recipient.email().isBlank()) {
            return false;
        }
        StringBuilder text = new StringBuilder(notification.subject());
        if (!notification.body().isBlank()) {
            text.append('\n').append(notification.body());
        }
        if (absoluteLink != null) {
            text.append('\n').append(absoluteLink);
        }
        outbox.add(OutboxMessage.Channel.EMAIL, Masking.email(recipient.email()), text.toString());
        return true;
    }
}
