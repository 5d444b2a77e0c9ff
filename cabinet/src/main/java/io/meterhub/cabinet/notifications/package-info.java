/** Notifications: the user's inbox, and the channels beyond it (email, SMS). */
package io.meterhub.cabinet.notifications;
