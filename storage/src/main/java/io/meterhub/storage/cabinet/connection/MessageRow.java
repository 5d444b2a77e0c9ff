package io.meterhub.storage.cabinet.connection;

import java.time.Instant;

public record MessageRow(long id, long applicationId, int seq, String number, Instant at, String authorSide, long userId, String authorName,
                         String text) {
}
