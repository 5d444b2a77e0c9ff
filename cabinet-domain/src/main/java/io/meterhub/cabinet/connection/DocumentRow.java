package io.meterhub.cabinet.connection;

import java.time.Instant;

public record DocumentRow(long id, long applicationId, String kind, String fileName, String contentType, int size,
                          String sha256, Instant uploadedAt, long uploadedBy, String uploaderSide) {
}
