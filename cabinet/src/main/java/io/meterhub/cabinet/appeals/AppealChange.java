package io.meterhub.cabinet.appeals;

import java.time.Instant;

/** A line of an appeal's history: the status it reached and when (who did it stays with the staff's audit log). */
public record AppealChange(AppealStatus status, Instant at) {
}
