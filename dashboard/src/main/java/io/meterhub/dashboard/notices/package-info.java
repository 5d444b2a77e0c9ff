/**
 * Announcements and planned outages: the staff's pages "Объявления" and "Плановые отключения" (module ANNOUNCEMENTS), the
 * customer's blocks on the overview and the page listing current and recent ones.
 */
package io.meterhub.dashboard.notices;
