package io.meterhub.api.webhooks;

import io.meterhub.api.http.ActingFor;
import com.fasterxml.jackson.databind.JsonNode;
import io.meterhub.api.http.Answer;
import io.meterhub.api.http.ApiRequest;
import io.meterhub.api.http.Cursor;
import io.meterhub.api.http.Operation;
import io.meterhub.api.problem.FieldError;
import io.meterhub.api.problem.Problem;
import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.cabinet.webhooks.IntegrationEventType;
import io.meterhub.storage.cabinet.webhooks.DeliveryRow;
import io.meterhub.storage.cabinet.webhooks.SubscriptionRow;
import io.meterhub.storage.cabinet.webhooks.WebhookStore;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The webhooks' operations, for the caller's organization only: a subscription of another organization is "not
 * found", as one that does not exist, so a key learns nothing of others' subscriptions.
 */
public final class WebhookOperations {
    private static final char[] BASE32 = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final String CURSOR_PREFIX = "d1:";
    private final WebhookStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public WebhookOperations(WebhookStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The contract's operationIds and their handlers. */
    public Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("createWebhook", this::create);
        operations.put("listWebhooks", this::list);
        operations.put("getWebhook", this::get);
        operations.put("deleteWebhook", this::delete);
        operations.put("listWebhookDeliveries", this::deliveries);
        operations.put("replayWebhookDelivery", this::replay);
        operations.put("testWebhook", this::test);
        return operations;
    }

    Answer create(ApiRequest request) throws IOException {
        JsonNode body = Answer.JSON.readTree(request.body());
        String url = body.get("url").asText();
        List<FieldError> errors = new ArrayList<>();
        SubscriptionUrl.problem(url).ifPresent(p -> errors.add(FieldError.at("#/url", p)));
        List<String> events = new ArrayList<>();
        JsonNode types = body.get("events");
        for (int i = 0; i < types.size(); i++) {
            String type = types.get(i).asText();
            if (events.contains(type)) {
                errors.add(FieldError.at("#/events/" + i, "\"" + type + "\" is listed twice"));
            }
            events.add(type);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problems.invalid("the subscription cannot be made as it is", errors));
        }
        String description = body.hasNonNull("description") ? body.get("description").asText() : null;
        SubscriptionRow row = new SubscriptionRow("whs_" + randomId(), ActingFor.one(request), url, events, description, secret(),
                request.caller().key().actor(), clock.instant(), null);
        store.create(row);
        return Answer.json(201, WebhookView.Subscription.created(row));
    }

    Answer list(ApiRequest request) {
        return Answer.json(200, Map.of("items", store.subscriptions(ActingFor.one(request)).stream()
                .map(WebhookView.Subscription::of).toList()));
    }

    Answer get(ApiRequest request) {
        return Answer.json(200, WebhookView.Subscription.of(subscription(request)));
    }

    Answer delete(ApiRequest request) {
        String id = pathParameter(request, "subscriptionId");
        if (!store.disable(ActingFor.one(request), id, clock.instant())) {
            throw new ProblemException(noSuchSubscription(id));
        }
        return new Answer(204, "application/json", new byte[0], Map.of());
    }

    Answer deliveries(ApiRequest request) {
        SubscriptionRow subscription = subscription(request);
        int limit = request.query("limit").map(Integer::parseInt).orElse(50);
        Long before = request.query("cursor").map(WebhookOperations::beforeId).orElse(null);
        List<DeliveryRow> rows = store.deliveries(subscription.id(), before, limit + 1);
        boolean more = rows.size() > limit;
        List<DeliveryRow> page = more ? rows.subList(0, limit) : rows;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", page.stream().map(WebhookView.Delivery::of).toList());
        answer.put("nextCursor", more ? cursor(page.get(page.size() - 1).id()) : null);
        return Answer.json(200, answer);
    }

    Answer replay(ApiRequest request) {
        SubscriptionRow subscription = subscription(request);
        long deliveryId = Long.parseLong(pathParameter(request, "deliveryId"));
        store.delivery(subscription.id(), deliveryId).orElseThrow(() -> new ProblemException(Problem.of("not-found", "No such resource", 404,
                "subscription " + subscription.id() + " has no delivery " + deliveryId)));
        long replay = store.replay(deliveryId, clock.instant());
        return Answer.json(202, WebhookView.Delivery.of(store.delivery(subscription.id(), replay).orElseThrow()));
    }

    Answer test(ApiRequest request) {
        SubscriptionRow subscription = subscription(request);
        Instant now = clock.instant();
        String data = "{\"subscriptionId\":\"" + subscription.id() + "\",\"message\":\"a test event sent on request\"}";
        long delivery = store.deliverOnly(subscription.id(), subscription.organizationId(), IntegrationEventType.WEBHOOK_TEST.wire(), now, data);
        return Answer.json(202, WebhookView.Delivery.of(store.delivery(subscription.id(), delivery).orElseThrow()));
    }

    private SubscriptionRow subscription(ApiRequest request) {
        String id = pathParameter(request, "subscriptionId");
        return store.subscription(ActingFor.one(request), id).orElseThrow(() -> new ProblemException(noSuchSubscription(id)));
    }

    /** The router matched the path, so its parameters are there (the request carries them with the query's). */
    private static String pathParameter(ApiRequest request, String name) {
        return request.query(name).orElseThrow(() -> new IllegalStateException("the operation's path has no parameter " + name));
    }

    private static Problem noSuchSubscription(String id) {
        return Problem.of("not-found", "No such resource", 404, "your organization has no webhook subscription " + id);
    }

    private String randomId() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            id.append(BASE32[random.nextInt(BASE32.length)]);
        }
        return id.toString();
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String cursor(long lastId) {
        return Cursor.after(CURSOR_PREFIX, Long.toString(lastId));
    }

    private static Long beforeId(String cursor) {
        try {
            return Long.parseLong(Cursor.lastKey(CURSOR_PREFIX, cursor));
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }
}
