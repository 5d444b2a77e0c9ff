package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.connectionfee.ApplicantCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a list (the applicant's applications, the staff queue).
 *
 * @param number        the registration number, e.g. {@code ТП-2026-000123}; null for a draft
 * @param applicantName masked as {@link io.meterhub.cabinet.registration.ApplicantProfile#displayName()}
 * @param deadline      the end of the current step's term (inclusive), null when none runs
 * @param deadlineStep  whose term it is
 * @param overdue       the deadline has passed (in the grid company's time zone)
 * @param paper         filed on paper and registered by staff
 */
public record ApplicationSummary(long id, String number, ApplicationStatus status, String organizationId, String organizationName,
                                 ApplicantCategory category, String applicantName, String address, BigDecimal maxPowerKw,
                                 String supplierName, Instant createdAt, Instant submittedAt, LocalDate deadline,
                                 io.meterhub.cabinet.calendar.DeadlineStep deadlineStep, boolean overdue, boolean paper) {
}
