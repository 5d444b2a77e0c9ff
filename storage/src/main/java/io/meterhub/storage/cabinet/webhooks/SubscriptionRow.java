package io.meterhub.storage.cabinet.webhooks;

import java.time.Instant;
import java.util.List;

/** A webhook subscription of an organization; {@code secret} signs its deliveries. */
public record SubscriptionRow(String id, String organizationId, String url, List<String> events, String description, String secret,
                              String createdBy, Instant createdAt, Instant disabledAt) {
    public SubscriptionRow {
        events = List.copyOf(events);
    }
}
