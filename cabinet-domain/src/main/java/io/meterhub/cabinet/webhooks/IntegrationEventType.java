package io.meterhub.cabinet.webhooks;

import java.util.Arrays;
import java.util.Optional;

/** What an organization can subscribe to, with the name its receivers see in {@code type}. */
public enum IntegrationEventType {
    READING_SUBMITTED("reading.submitted"),
    PAYMENT_RECEIVED("payment.received"),
    APPLICATION_STATUS_CHANGED("application.status_changed"),
    APPEAL_RECEIVED("appeal.received"),
    ANOMALY_HIGH("anomaly.high"),
    /** Sent on request to one subscription only, to try a receiver; nobody subscribes to it. */
    WEBHOOK_TEST("webhook.test");

    private final String wire;

    IntegrationEventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<IntegrationEventType> parse(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
