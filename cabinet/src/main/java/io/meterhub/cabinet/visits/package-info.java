/**
 * Appointments (запись на приём): the organization's offices with their weekly hours, slots cut from them on the
 * working days of the production calendar, a customer's bookings within each slot's capacity, the day-before reminder,
 * and the staff's day schedule where visits are marked held or missed.
 */
package io.meterhub.cabinet.visits;
