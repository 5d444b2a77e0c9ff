package io.meterhub.cabinet.otp;

import io.meterhub.cabinet.common.Transactions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Six-digit one-time codes that confirm a phone or a signature. Only a salted SHA-256 of a code is
 * kept; a code lives five minutes, allows five attempts and passes once. A new code for the same
 * user, purpose and subject replaces the previous one.
 */
public final class OneTimeCodes {
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_ATTEMPTS = 5;
    private static final int DIGITS = 6;

    private final Transactions transactions;
    private final Clock clock;
    private final OneTimeCodeRepository codes;
    private final SecureRandom random = new SecureRandom();

    public OneTimeCodes(Transactions transactions, OneTimeCodeRepository codes, Clock clock) {
        this.transactions = transactions;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * @param subject what the code confirms: the phone number for {@link CodePurpose#PHONE_CONFIRMATION}, the
     *                document's reference for {@link CodePurpose#SIGNING}
     */
    public IssuedCode issue(long userId, CodePurpose purpose, String subject) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(subject, "subject");
        String code = String.format("%0" + DIGITS + "d", random.nextInt(1_000_000));
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        transactions.inTransaction(tx -> codes.insert(tx, userId, purpose.name(), subject, salt, hash(salt, code), now, expiresAt));
        return new IssuedCode(code, expiresAt);
    }

    /** Checks a code typed by the person; a wrong one counts as an attempt, the right one is used up. */
    public CodeCheck verify(long userId, CodePurpose purpose, String subject, String code) {
        String typed = code == null ? "" : code.strip();
        return transactions.inTransaction(tx -> {
            Optional<CodeRow> latest = codes.lockLatest(tx, userId, purpose.name(), subject);
            if (latest.isEmpty() || latest.get().usedAt() != null) {
                return CodeCheck.NONE_ISSUED;
            }
            CodeRow row = latest.get();
            Instant now = clock.instant();
            if (!now.isBefore(row.expiresAt())) {
                return CodeCheck.EXPIRED;
            }
            if (row.attempts() >= MAX_ATTEMPTS) {
                return CodeCheck.TOO_MANY_ATTEMPTS;
            }
            codes.countAttempt(tx, row.id());
            if (!MessageDigest.isEqual(row.codeHash(), hash(row.salt(), typed))) {
                return CodeCheck.WRONG;
            }
            codes.markUsed(tx, row.id(), now);
            return CodeCheck.OK;
        });
    }

    private static byte[] hash(byte[] salt, String code) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
