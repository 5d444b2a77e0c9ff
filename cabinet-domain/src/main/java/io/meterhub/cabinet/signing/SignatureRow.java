package io.meterhub.cabinet.signing;

import java.time.Instant;

/** One signature of a document (table {@code document_signature}). */
public record SignatureRow(long id, String documentRef, String sha256Hex, long userId, String method, Instant signedAt, String signerSubject) {
}
