/** Notifications: the inbox service, its settings (the public URL) and its channels (SMS, email when SMTP is set). Its views move here with issue 13's feature packages. */
package io.meterhub.dashboard.notifications;
