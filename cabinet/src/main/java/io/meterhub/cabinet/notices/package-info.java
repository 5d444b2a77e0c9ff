/**
 * Announcements (объявления) and planned outages (плановые отключения): staff with the ANNOUNCEMENTS module tell all
 * customers of the organization, or those at some addresses or with some service; a customer sees what is addressed to them.
 */
package io.meterhub.cabinet.notices;
