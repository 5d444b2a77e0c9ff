package io.meterhub.cabinet.connection;

import java.time.Instant;
import java.time.LocalDate;

/** @param userRole the role of who made it, to tell the applicant's side from the staff */
public record StatusChangeRow(long id, long applicationId, String fromStatus, String toStatus, Instant at, long userId, String userName,
                              String userRole, String reason, LocalDate deadline, String deadlineStep) {
}
