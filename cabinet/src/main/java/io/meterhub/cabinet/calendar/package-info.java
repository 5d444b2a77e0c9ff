/** The production calendar (working days) and the deadline rules counted in it. */
package io.meterhub.cabinet.calendar;
