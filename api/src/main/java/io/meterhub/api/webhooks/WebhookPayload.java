package io.meterhub.api.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meterhub.api.http.Answer;
import io.meterhub.storage.cabinet.webhooks.DueDelivery;

/**
 * The body every delivery POSTs: {@code {"id", "type", "occurredAt", "organization", "data"}}, the same bytes on
 * every attempt and replay of an event, so that a receiver deduplicating by {@code id} sees one event.
 */
public final class WebhookPayload {
    public static final String EVENT_ID = "Meterhub-Event-Id";
    public static final String EVENT_TYPE = "Meterhub-Event-Type";
    public static final String DELIVERY_ID = "Meterhub-Delivery-Id";

    private WebhookPayload() {
    }

    public static byte[] body(DueDelivery due) {
        try {
            ObjectNode body = Answer.JSON.createObjectNode();
            body.put("id", due.eventId().toString());
            body.put("type", due.type());
            body.put("occurredAt", due.occurredAt().toString());
            body.put("organization", due.organizationId());
            body.set("data", Answer.JSON.readTree(due.data()));
            return Answer.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the event " + due.eventId() + " holds data that is not JSON", e);
        }
    }
}
