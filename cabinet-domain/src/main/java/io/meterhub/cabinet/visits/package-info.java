/**
 * Appointments (запись на приём): the ports of the organization's offices and the customers' visits booked in their
 * time slots, with the rows they store.
 */
package io.meterhub.cabinet.visits;
