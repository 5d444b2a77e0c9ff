package io.meterhub.cabinet.notifications.sms;

/** A gateway that sends text messages; each operator's API is one implementation. */
public interface SmsProvider {

    /**
     * Sends or throws.
     *
     * @param phoneE164 for example {@code +79271234567}
     */
    void send(String phoneE164, String text) throws Exception;
}
