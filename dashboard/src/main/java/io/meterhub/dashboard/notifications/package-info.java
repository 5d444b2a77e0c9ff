/**
 * Notifications: the inbox the layout's bell opens.
 * Wiring: the inbox service, its settings (the public URL) and its channels (SMS, email when SMTP is set).
 */
package io.meterhub.dashboard.notifications;
