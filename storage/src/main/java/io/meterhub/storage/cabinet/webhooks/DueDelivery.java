package io.meterhub.storage.cabinet.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery claimed for an attempt, with what the attempt needs: where, the secret, and the event.
 *
 * @param attempts   attempts made before this one
 * @param createdAt  when the delivery was created: retries end a fixed time after it
 * @param data       the event's data, as the JSON text recorded
 */
public record DueDelivery(long deliveryId, String subscriptionId, String url, String secret, UUID eventId, String type, String organizationId,
                          Instant occurredAt, String data, int attempts, Instant createdAt) {
}
