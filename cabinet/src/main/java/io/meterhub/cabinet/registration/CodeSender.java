package io.meterhub.cabinet.registration;

/**
 * Delivers a one-time code to a phone: the lead wires it to the SMS provider. The code and the phone
 * are secrets and personal data: an implementation never logs them whole.
 */
@FunctionalInterface
public interface CodeSender {
    void sendCode(String phoneE164, String code);
}
