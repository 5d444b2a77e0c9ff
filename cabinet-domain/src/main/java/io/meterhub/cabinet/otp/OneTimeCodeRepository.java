package io.meterhub.cabinet.otp;

import io.meterhub.cabinet.common.Tx;

import java.time.Instant;
import java.util.Optional;

/** One-time codes, used inside the caller's transaction so a check and its attempt count go together. */
public interface OneTimeCodeRepository {
    long insert(Tx tx, long userId, String purpose, String subject, byte[] salt, byte[] codeHash, Instant issuedAt,
                       Instant expiresAt);

    /** The latest code of the user, purpose and subject, locked until the transaction ends. */
    Optional<CodeRow> lockLatest(Tx tx, long userId, String purpose, String subject);

    void countAttempt(Tx tx, long id);

    void markUsed(Tx tx, long id, Instant at);
}
