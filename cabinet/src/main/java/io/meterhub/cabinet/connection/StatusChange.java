package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.calendar.DeadlineStep;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an application's history.
 *
 * @param from     null for the creation
 * @param byName   who did it, as the display name of their login
 * @param bySide   the applicant's side or the staff
 * @param deadline the term the change started (null when none)
 */
public record StatusChange(ApplicationStatus from, ApplicationStatus to, Instant at, String byName, AuthorSide bySide, String reason,
                           LocalDate deadline, DeadlineStep deadlineStep) {
}
