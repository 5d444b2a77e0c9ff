package io.meterhub.cabinet.customers;

import java.time.Instant;

/**
 * A customer record with its personal data whole (services mask it before showing) and its login, if any.
 *
 * @param userId    null for a holder without a login
 * @param blockedAt null while the login may be used
 */
public record HolderRow(long id, String kind, String fullName, String snils, String inn, String passport, String phone, String email,
                        Long userId, String login, String loginEmail, Instant blockedAt, String blockedReason) {
    /** Personal data stays out of logs. */
    @Override
    public String toString() {
        return "HolderRow[" + id + ", " + kind + ", user " + userId + "]";
    }
}
