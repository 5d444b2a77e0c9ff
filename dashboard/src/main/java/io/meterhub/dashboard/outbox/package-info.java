/**
 * The demo's outbox page ({@code demo/outbox}): the texts and emails the demo "sent", one-time codes
 * included, on a screen of its own rather than in the log. Only {@code meterhub demo} has it.
 */
package io.meterhub.dashboard.outbox;
