package io.meterhub.cabinet.calendar;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;

/**
 * One configured term.
 *
 * @param basis where the figure comes from and how sure it is, as stored with the rule
 */
public record DeadlineRule(ApplicantCategory category, DeadlineStep step, int workingDays, String basis) {
}
