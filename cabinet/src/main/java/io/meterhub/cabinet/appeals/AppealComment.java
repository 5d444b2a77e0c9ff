package io.meterhub.cabinet.appeals;

import java.time.Instant;

/** A staff note on an appeal, never shown to the customer. */
public record AppealComment(long id, String authorName, Instant at, String text) {
}
