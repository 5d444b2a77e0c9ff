package io.meterhub.cabinet.notifications.outbox;

import io.meterhub.cabinet.access.Masking;
import io.meterhub.cabinet.notifications.sms.SmsProvider;

import java.util.Objects;

/** The demo's SMS gateway: the text goes into the {@link Outbox}, then to {@code next} (which logs that it went, without the text). */
public final class OutboxSmsProvider implements SmsProvider {
    private final Outbox outbox;
    private final SmsProvider next;

    public OutboxSmsProvider(Outbox outbox, SmsProvider next) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.next = Objects.requireNonNull(next, "next");
    }

    @Override
    public void send(String phoneE164, String text) throws Exception {
        outbox.add(OutboxMessage.Channel.SMS, Masking.phone(phoneE164), text);
        next.send(phoneE164, text);
    }
}
