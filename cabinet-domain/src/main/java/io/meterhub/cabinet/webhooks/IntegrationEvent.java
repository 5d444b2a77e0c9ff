package io.meterhub.cabinet.webhooks;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened in an organization that its systems may want to hear of at once.
 *
 * @param data what the receiver needs to act, as JSON values (strings, numbers, booleans, lists, maps); amounts and
 *             readings as exact decimal strings, never doubles; no personal data (no names, phones, SNILS)
 */
public record IntegrationEvent(IntegrationEventType type, String organizationId, Instant occurredAt, Map<String, Object> data) {
    public IntegrationEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        // kept in its order (the payload reads better so), and nulls allowed: a field that is absent says so
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }
}
