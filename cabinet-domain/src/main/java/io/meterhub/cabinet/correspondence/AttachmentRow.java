package io.meterhub.cabinet.correspondence;

import java.time.Instant;

/** @param at when its message was written; @param side who wrote it */
public record AttachmentRow(long id, long messageId, String label, String fileName, String contentType, int size, String sha256, Instant at,
                            String side) {
}
