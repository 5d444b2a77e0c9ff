package io.meterhub.cabinet.visits;

import java.time.Instant;

/** A visit as stored, with what its pages show of its office, organization, customer and account. */
public record VisitRow(long id, long officeId, String officeName, String officeAddress, String organizationId, String timeZone,
                       long customerUserId, String customerName, long accountId, String accountNumber, String topic, Instant startsAt,
                       Instant endsAt, String status, Instant bookedAt, Instant cancelledAt, Instant heldAt, Instant missedAt,
                       Instant remindedAt, Long markedBy) {
}
