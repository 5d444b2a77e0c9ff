package io.meterhub.cabinet.twofactor;

/** Sends a login code to the user's email (the notifications' email channel alone); the code goes nowhere else. */
@FunctionalInterface
public interface EmailCodeSender {
    /** @return false when it could not be sent (no address, no email channel) */
    boolean send(long userId, String code);
}
