package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.webhooks.IntegrationEvent;
import io.meterhub.cabinet.webhooks.IntegrationEventType;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code appeal.received} event of the webhooks. */
final class AppealEvents {
    private AppealEvents() {
    }

    /** Without the subject and text: the customer's free words may hold personal data, which events never carry. */
    static IntegrationEvent received(Appeal appeal) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("appealId", appeal.id());
        data.put("number", appeal.number());
        data.put("category", appeal.category().name());
        data.put("accountNumber", appeal.accountNumber());
        data.put("status", appeal.status().name());
        data.put("deadline", appeal.deadline() == null ? null : appeal.deadline().toString());
        return new IntegrationEvent(IntegrationEventType.APPEAL_RECEIVED, appeal.organizationId(), appeal.registeredAt(), data);
    }
}
