package io.meterhub.cabinet.appeals;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored appeal with the names the pages show.
 *
 * @param organizationTimeZone the zone its dates are read in
 * @param accountId            null for an appeal without an account (to a grid company about a connection)
 * @param assigneeUserId       the staff user who took it into work, null before
 */
public record AppealRow(long id, String organizationId, String organizationName, String organizationTimeZone, String number,
                        long customerUserId, String customerName, Long accountId, String accountNumber, String category, String subject,
                        String status, Instant registeredAt, LocalDate deadline, Long assigneeUserId, String assigneeName,
                        Instant answeredAt, Instant closedAt) {
}
