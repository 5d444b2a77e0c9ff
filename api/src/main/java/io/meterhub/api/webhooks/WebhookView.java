package io.meterhub.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.meterhub.storage.cabinet.webhooks.AttemptRow;
import io.meterhub.storage.cabinet.webhooks.DeliveryRow;
import io.meterhub.storage.cabinet.webhooks.SubscriptionRow;
import io.meterhub.storage.cabinet.webhooks.WebhookStore;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The webhooks' answers, as the contract's schemas name their fields. */
final class WebhookView {
    private WebhookView() {
    }

    /** @param secret only in the answer to its creation: it is never shown again */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Subscription(String id, String url, List<String> events, String description, Instant createdAt, String secret) {
        static Subscription of(SubscriptionRow row) {
            return new Subscription(row.id(), row.url(), row.events(), row.description(), row.createdAt(), null);
        }

        static Subscription created(SubscriptionRow row) {
            return new Subscription(row.id(), row.url(), row.events(), row.description(), row.createdAt(), row.secret());
        }
    }

    /** @param nextAttemptAt when it is tried again; null once delivered or given up */
    record Delivery(long id, String eventId, String eventType, Long replayOf, String status, int attempts, Instant nextAttemptAt,
                    Instant createdAt, Instant finishedAt, List<Attempt> attemptLog) {
        static Delivery of(DeliveryRow row) {
            return new Delivery(row.id(), row.eventId().toString(), row.eventType(), row.replayOf(), row.status().toLowerCase(Locale.ROOT),
                    row.attempts(), WebhookStore.PENDING.equals(row.status()) ? row.nextAttemptAt() : null, row.createdAt(), row.finishedAt(),
                    row.attemptLog().stream().map(Attempt::of).toList());
        }
    }

    record Attempt(int number, Instant at, int durationMs, Integer statusCode, String responseExcerpt, String error) {
        static Attempt of(AttemptRow row) {
            return new Attempt(row.number(), row.attemptedAt(), row.durationMs(), row.statusCode(), row.responseExcerpt(), row.error());
        }
    }
}
