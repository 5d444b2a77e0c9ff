/** Notifications: the inbox the layout's bell opens. */
package io.meterhub.dashboard.notifications;
