package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.webhooks.IntegrationEvent;
import io.meterhub.cabinet.webhooks.IntegrationEventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code application.status_changed} event of the webhooks: which application, from and to which status, the new term. */
final class ApplicationEvents {
    private ApplicationEvents() {
    }

    static IntegrationEvent statusChanged(ConnectionApplication application, ApplicationStatus to, String reason, LocalDate due, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationId", application.id());
        data.put("number", application.number());
        data.put("from", application.status().name());
        data.put("to", to.name());
        data.put("reason", reason);
        data.put("deadline", due == null ? null : due.toString());
        return new IntegrationEvent(IntegrationEventType.APPLICATION_STATUS_CHANGED, application.organizationId(), at, data);
    }
}
