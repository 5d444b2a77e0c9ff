package io.meterhub.cabinet.appeals;

import java.time.Instant;
import java.time.LocalDate;

/** An appeal as it is registered: numbered, dated, with its answer deadline. */
public record NewAppealRow(String organizationId, int year, int seq, String number, long customerUserId, Long accountId, String category,
                           String subject, String status, Instant registeredAt, LocalDate deadline) {
}
