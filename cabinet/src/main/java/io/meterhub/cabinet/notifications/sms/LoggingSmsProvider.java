package io.meterhub.cabinet.notifications.sms;

import io.meterhub.cabinet.access.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's SMS gateway: writes the message to the log instead of sending it (so one-time codes can
 * be read there), with the phone masked as everywhere else.
 */
public final class LoggingSmsProvider implements SmsProvider {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsProvider.class);

    @Override
    public void send(String phoneE164, String text) {
        LOG.info("SMS to {}: {}", Masking.phone(phoneE164), text);
    }
}
