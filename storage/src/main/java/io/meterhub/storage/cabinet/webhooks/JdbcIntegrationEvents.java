package io.meterhub.storage.cabinet.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.cabinet.common.Tx;
import io.meterhub.cabinet.webhooks.IntegrationEvent;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import io.meterhub.storage.cabinet.Jdbc;

/** The outbox table {@code integration_event}, written on the transaction of the change. */
public final class JdbcIntegrationEvents implements IntegrationEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void record(Tx tx, IntegrationEvent event) {
        Jdbc.update(tx, "INSERT INTO integration_event (type, organization_id, occurred_at, data) VALUES (?, ?, ?, CAST(? AS json))",
                event.type().wire(), event.organizationId(), event.occurredAt(), json(event));
    }

    static String json(IntegrationEvent event) {
        try {
            return JSON.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the data of a " + event.type().wire() + " event must be JSON values: " + e.getMessage(), e);
        }
    }
}
