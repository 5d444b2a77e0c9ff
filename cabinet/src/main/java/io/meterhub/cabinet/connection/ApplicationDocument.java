package io.meterhub.cabinet.connection;

import java.time.Instant;

/**
 * A document's description; its bytes come from {@link ApplicationDocuments#document}.
 *
 * @param contentType detected from the bytes: application/pdf, image/jpeg or image/png
 * @param messageId   the message it is attached to, null for the application's own documents
 */
public record ApplicationDocument(long id, DocumentKind kind, String fileName, String contentType, long size, Instant uploadedAt,
                                  AuthorSide uploadedBy, Long messageId) {
}
