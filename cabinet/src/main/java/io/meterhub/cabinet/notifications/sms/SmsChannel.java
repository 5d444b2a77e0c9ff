package io.meterhub.cabinet.notifications.sms;

import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.Recipient;

/** Notifications by SMS: the subject and the link, which is what fits in a text message. */
public final class SmsChannel implements NotificationChannel {
    private final SmsProvider provider;

    public SmsChannel(SmsProvider provider) {
        this.provider = provider;
    }

    @Override
    public String name() {
        return "sms";
    }

    @Override
    public boolean deliver(Recipient recipient, NewNotification notification, String absoluteLink) throws Exception {
        if (recipient.phone() == null || recipient.phone().isBlank()) {
            return false;
        }
        provider.send(recipient.phone(), absoluteLink == null ? notification.subject() : notification.subject() + " " + absoluteLink);
        return true;
    }
}
