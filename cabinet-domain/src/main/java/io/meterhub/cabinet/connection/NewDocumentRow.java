package io.meterhub.cabinet.connection;

import java.time.Instant;

public record NewDocumentRow(long applicationId, String kind, String fileName, String contentType, byte[] content,
                             String sha256, Instant uploadedAt, long uploadedBy, String uploaderSide) {
}
