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

    /** Locks the user's row until the transaction ends, so two requests for a code never both pass the limits. */
    void lockUser(Tx tx, long userId);

    /** When the latest code of the user, purpose and subject was issued; empty when none was. */
    Optional<Instant> lastIssued(Tx tx, long userId, String purpose, String subject);

    /** How many codes the user was issued at or after {@code since}, for any purpose. */
    int issuedToUser(Tx tx, long userId, Instant since);

    /** How many codes were issued for the subject (a phone, a document) at or after {@code since}, to anyone. */
    int issuedForSubject(Tx tx, String subject, Instant since);

    /** The attempts on the user's unused codes of the purpose and subject issued at or after {@code since}: reissues share them. */
    int failedAttempts(Tx tx, long userId, String purpose, String subject, Instant since);

    void markUsed(Tx tx, long id, Instant at);
}
