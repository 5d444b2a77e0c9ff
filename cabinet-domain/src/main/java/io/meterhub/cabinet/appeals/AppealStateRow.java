package io.meterhub.cabinet.appeals;

import java.time.Instant;
import java.time.LocalDate;

/** What a transition changes: the status, who works on it, the deadline and the dates of the answer and the closing. */
public record AppealStateRow(long id, String status, Long assigneeUserId, LocalDate deadline, Instant answeredAt, Instant closedAt) {
}
