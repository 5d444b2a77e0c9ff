package io.meterhub.cabinet.signing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Signatures of documents: who, when, how, and the document's hash; the CMS of a CAdES signature as received. */
public interface SignatureRepository {
    /** @param signerSubject null to record the user's display name */
    SignatureRow insert(String documentRef, String sha256Hex, long userId, String method, Instant signedAt, String signerSubject,
                               byte[] cms);

    Optional<SignatureRow> byId(long id);

    /** The signatures of a document, oldest first. */
    List<SignatureRow> ofDocument(String documentRef);

    /** The detached CMS of a CAdES signature, empty for a simple one. */
    Optional<byte[]> cms(long id);
}
