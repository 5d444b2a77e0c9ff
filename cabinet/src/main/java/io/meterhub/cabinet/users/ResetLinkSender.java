package io.meterhub.cabinet.users;

/** Sends a user the one-time link to set a new password, by email only (never shown to the administrator, never logged). */
@FunctionalInterface
public interface ResetLinkSender {
    /** @return false when the user has no address the link can go to, or sending failed */
    boolean send(long userId, String relativeLink);
}
