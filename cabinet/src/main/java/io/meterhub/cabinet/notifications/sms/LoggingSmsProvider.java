package io.meterhub.cabinet.notifications.sms;

import io.meterhub.cabinet.access.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS gateway of a cabinet without a real one: logs that a text went out, to the masked phone, and
 * never the text itself (it may carry a one-time code, and a log is read by more people than the phone).
 * The demo shows the texts on its own outbox page instead.
 */
public final class LoggingSmsProvider implements SmsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsProvider.class);

    @Override
    public void send(String phoneE164, String text) {
        LOG.info("SMS sent to {} ({} characters, the text is not logged)", Masking.phone(phoneE164), text == null ? 0 : text.length());
    }
}
