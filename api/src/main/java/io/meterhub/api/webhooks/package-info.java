/**
 * Webhooks: an organization's subscriptions to its integration events, the signed deliveries the dispatcher POSTs
 * to them with retries for a day, the log of every attempt, and replays.
 */
package io.meterhub.api.webhooks;
