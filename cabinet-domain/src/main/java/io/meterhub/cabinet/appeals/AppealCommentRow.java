package io.meterhub.cabinet.appeals;

import java.time.Instant;

public record AppealCommentRow(long id, long appealId, long userId, String authorName, Instant at, String text) {
}
