package io.meterhub.cabinet.webhooks;

import io.meterhub.cabinet.common.Tx;

/** The outbox port: an event is recorded in the transaction of the change it tells of, so it exists exactly when the change does. */
public interface IntegrationEvents {
    void record(Tx tx, IntegrationEvent event);
}
