package io.meterhub.cabinet.signing;

import io.meterhub.cabinet.common.Messages;

import java.time.Instant;
import java.util.Locale;

/**
 * What checking a detached CAdES signature found.
 *
 * @param signerSubject   the signing certificate's subject (RFC 4514), null when it could not be read
 * @param digestAlgorithm for example {@code GOST3411-2012-256} or {@code SHA256}
 * @param signingTime     the signed signing-time attribute, null when the signature has none
 * @param problem         null when valid; else a message key of {@code connection-blocks-messages} ({@code cades.*})
 */
public record CadesVerification(boolean valid, String signerSubject, String digestAlgorithm, Instant signingTime, String problem) {

    static CadesVerification refused(String problem, String signerSubject, String digestAlgorithm, Instant signingTime) {
        return new CadesVerification(false, signerSubject, digestAlgorithm, signingTime, problem);
    }

    /** The problem in the user's language, null when valid. */
    public String problemMessage(Locale locale) {
        return problem == null ? null : Messages.format(problem, locale);
    }
}
