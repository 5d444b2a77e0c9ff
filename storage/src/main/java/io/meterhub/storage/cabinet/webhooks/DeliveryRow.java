package io.meterhub.storage.cabinet.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event to one subscription, with every attempt so far, oldest first. */
public record DeliveryRow(long id, String subscriptionId, UUID eventId, String eventType, Long replayOf, String status, int attempts,
                          Instant nextAttemptAt, Instant createdAt, Instant finishedAt, List<AttemptRow> attemptLog) {
    public DeliveryRow {
        attemptLog = List.copyOf(attemptLog);
    }

    DeliveryRow withAttempts(List<AttemptRow> log) {
        return new DeliveryRow(id, subscriptionId, eventId, eventType, replayOf, status, attempts, nextAttemptAt, createdAt, finishedAt, log);
    }
}
