package io.meterhub.cabinet.registration;

/**
 * Sends the code that confirms a user's email through the notifications' email channel alone (never the inbox,
 * never an SMS): the lead wires it like the login code's sender. The code is a secret: never logged.
 */
@FunctionalInterface
public interface EmailCodeMailer {
    /** @return false when it could not be sent (no address, no email channel) */
    boolean send(long userId, String code);
}
