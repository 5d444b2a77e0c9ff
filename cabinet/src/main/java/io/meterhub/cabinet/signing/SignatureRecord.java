package io.meterhub.cabinet.signing;

import java.time.Instant;

/**
 * A document signed: by whom, when, how, and the SHA-256 of exactly the bytes signed.
 *
 * @param method        {@link #SIMPLE_CODE} or {@link #CADES}
 * @param signerSubject the certificate's subject for CAdES, the person's name for a simple signature
 */
public record SignatureRecord(long id, String documentRef, String sha256Hex, long userId, String method, Instant signedAt, String signerSubject) {
    /** A simple electronic signature: a one-time code sent to the person's confirmed phone (63-FZ, art. 9). */
    public static final String SIMPLE_CODE = "SIMPLE_CODE";
    /** A CAdES detached signature made with the person's certificate. */
    public static final String CADES = "CADES";
}
