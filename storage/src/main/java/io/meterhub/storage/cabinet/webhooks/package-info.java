/**
 * Webhooks' storage: the outbox of integration events (written by the cabinet's services through
 * {@link io.meterhub.cabinet.webhooks.IntegrationEvents}), subscriptions, deliveries and their attempts.
 */
package io.meterhub.storage.cabinet.webhooks;
