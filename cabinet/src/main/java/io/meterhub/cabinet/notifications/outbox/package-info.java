/**
 * The demo's outbox: the last text messages and emails the cabinet "sent", kept in memory so the demo can
 * show them (one-time codes included) on a screen of its own instead of in the log.
 */
package io.meterhub.cabinet.notifications.outbox;
