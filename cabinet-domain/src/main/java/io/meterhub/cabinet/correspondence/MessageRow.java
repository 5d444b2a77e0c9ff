package io.meterhub.cabinet.correspondence;

import java.time.Instant;

public record MessageRow(long id, long threadId, int seq, String number, Instant at, String side, long userId, String authorName, String text) {
}
