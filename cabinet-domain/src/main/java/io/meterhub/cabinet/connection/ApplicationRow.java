package io.meterhub.cabinet.connection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A connection application with its grid company's, supplier's and applicant's names. */
public record ApplicationRow(long id, String number, String organizationId, String organizationName, String organizationTimeZone,
                             long customerId, Long applicantUserId, String applicantKind, String applicantName, String status,
                             boolean paper, long createdBy, Instant createdAt, Instant updatedAt, Instant submittedAt,
                             boolean byRepresentative, String representativeName, String address, String cadastralNumber,
                             String objectKind, BigDecimal maxPowerKw, BigDecimal connectedPowerKw, String voltageLevel,
                             String reliabilityCategory, String connectionKind, String supplierOrganizationId, String supplierName,
                             BigDecimal fee, LocalDate deadline, String deadlineStep) {
}
