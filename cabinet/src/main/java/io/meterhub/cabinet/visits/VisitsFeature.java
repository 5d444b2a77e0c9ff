package io.meterhub.cabinet.visits;

/** The appointments' services as the pages take them: offices in the control panel, the customer's booking, the staff's desk, the reminders. */
public record VisitsFeature(OfficeAdmin offices, VisitBooking booking, VisitDesk desk, VisitReminders reminders) {
}
