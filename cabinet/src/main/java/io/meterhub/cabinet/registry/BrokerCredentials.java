package io.meterhub.cabinet.registry;

import java.time.Instant;

/**
 * A controller's new broker login, shown once: only its hash is kept, so a lost password is
 * rotated, not looked up. {@link #toString()} leaves the password out (it must not reach a log).
 */
public record BrokerCredentials(String user, String password, String topic, Instant issuedAt) {
    @Override
    public String toString() {
        return "BrokerCredentials[user=" + user + ", topic=" + topic + ", issuedAt=" + issuedAt + "]";
    }
}
