package io.meterhub.cabinet.correspondence;

import java.time.Instant;

/**
 * A file of a message; its bytes come from {@link Correspondence#attachment}.
 *
 * @param label       what the subject calls the file (a connection application's document kind, e.g. OTHER)
 * @param contentType detected from the bytes: application/pdf, image/jpeg or image/png
 */
public record Attachment(long id, long messageId, String label, String fileName, String contentType, long size, Instant at, Side side) {
}
