/**
 * Integration events for the organizations' webhooks: the cabinet records one in the transaction of its change
 * (the outbox), and the integration API delivers it to the organization's subscribed URLs.
 */
package io.meterhub.cabinet.webhooks;
