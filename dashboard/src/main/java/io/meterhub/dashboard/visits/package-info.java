/**
 * Appointments' pages: the customer's "Запись на приём", the staff's "Расписание приёма" (module APPEALS), the offices in
 * the control panel (module ORGANIZATION), and the day-before reminders' schedule.
 */
package io.meterhub.dashboard.visits;
