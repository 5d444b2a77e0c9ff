package io.meterhub.cabinet.signing;

import io.meterhub.cabinet.common.ValidationException;
import io.meterhub.cabinet.otp.CodeCheck;
import io.meterhub.cabinet.otp.CodePurpose;
import io.meterhub.cabinet.otp.IssuedCode;
import io.meterhub.cabinet.otp.OneTimeCodes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Signs documents: a simple electronic signature with a one-time code sent by SMS, or a CAdES detached
 * signature made in the person's own crypto tool and checked here. Either way the record keeps who,
 * when, how and the SHA-256 of exactly the bytes signed, so a later change to the document shows.
 */
public final class SignatureService {
    public static final String DOCUMENT_EMPTY = "signature.document.empty";

    private final SignatureRepository signatures;
    private final OneTimeCodes codes;
    private final CadesVerifier verifier = new CadesVerifier();
    private final Clock clock;
    private final SignerCheck signer;

    /** Signs without asking for a recent password (seeders, tests); the web UI passes its {@link SignerCheck}. */
    public SignatureService(SignatureRepository signatures, OneTimeCodes codes, Clock clock) {
        this(signatures, codes, clock, SignerCheck.NONE);
    }

    public SignatureService(SignatureRepository signatures, OneTimeCodes codes, Clock clock, SignerCheck signer) {
        this.signatures = signatures;
        this.codes = codes;
        this.clock = clock;
        this.signer = signer;
    }

    /**
     * Issues the code that {@link #signWithCode} then takes: a {@link CodePurpose#SIGNING} code whose subject is
     * the document's reference. The caller sends it to the person's confirmed phone.
     */
    public IssuedCode requestCode(long userId, String documentRef) {
        signer.require(userId);
        return codes.issue(userId, CodePurpose.SIGNING, documentRef);
    }

    /**
     * Signs with the code issued for this user and document ({@link CodePurpose#SIGNING}, subject = documentRef).
     *
     * @throws ValidationException {@code signature.code.WRONG}, {@code .EXPIRED}, {@code .TOO_MANY_ATTEMPTS} or
     *                             {@code .NONE_ISSUED} when the code does not pass; nothing is recorded then
     */
    public SignatureRecord signWithCode(long userId, String documentRef, byte[] document, String code) {
        requireDocument(document);
        signer.require(userId);
        CodeCheck check = codes.verify(userId, CodePurpose.SIGNING, documentRef, code);
        if (check != CodeCheck.OK) {
            throw new ValidationException("signature.code." + check.name());
        }
        return record(signatures.insert(documentRef, sha256Hex(document), userId, SignatureRecord.SIMPLE_CODE, clock.instant(), null, null));
    }

    /**
     * Records a CAdES detached signature of the document after verifying it.
     *
     * @throws CadesRefusedException (a {@link ValidationException}) whose code is the verifier's problem, a {@code cades.*} key
     */
    public SignatureRecord recordCades(long userId, String documentRef, byte[] document, byte[] detachedCms) {
        requireDocument(document);
        signer.require(userId);
        CadesVerification verification = verifier.verify(document, detachedCms);
        if (!verification.valid()) {
            throw new CadesRefusedException(verification);
        }
        return record(signatures.insert(documentRef, sha256Hex(document), userId, SignatureRecord.CADES, clock.instant(),
                verification.signerSubject(), detachedCms));
    }

    /** The signatures of a document, oldest first. */
    public List<SignatureRecord> signatures(String documentRef) {
        return signatures.ofDocument(documentRef).stream().map(SignatureService::record).toList();
    }

    /** Whether the document's bytes are exactly those the signature was made over. */
    public static boolean matches(SignatureRecord signature, byte[] document) {
        return signature.sha256Hex().equals(sha256Hex(document));
    }

    public static String sha256Hex(byte[] document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(document));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static void requireDocument(byte[] document) {
        if (document == null || document.length == 0) {
            throw new ValidationException(DOCUMENT_EMPTY);
        }
    }

    private static SignatureRecord record(SignatureRow row) {
        return new SignatureRecord(row.id(), row.documentRef(), row.sha256Hex(), row.userId(), row.method(), row.signedAt(), row.signerSubject());
    }

    /** A CAdES signature that did not verify; {@link #verification()} says why. */
    public static final class CadesRefusedException extends ValidationException {
        private final transient CadesVerification verification;

        CadesRefusedException(CadesVerification verification) {
            super(verification.problem());
            this.verification = verification;
        }

        public CadesVerification verification() {
            return verification;
        }
    }
}
