package io.meterhub.cabinet.otp;

import io.meterhub.cabinet.common.Transactions;

import java.nio.charset.StandardCharsets;
import io.meterhub.cabinet.common.ValidationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Six-digit one-time codes that confirm a phone or a signature. Only an HMAC-SHA256 of a salted code under the server's
 * key ({@link CodeKey}) is kept; a code lives five minutes and passes once. A new code for the same user, purpose and
 * subject replaces the previous one, but not its budget: five wrong attempts an hour across all reissues (so asking for
 * a new code never buys more guesses), a new code at most every 30 s, at most 20 an hour and 60 a day per user (a
 * company signs a dozen documents in a sitting) and 10 an hour and 30 a day per phone or document (an SMS costs money
 * and floods the phone). The limits are our choice.
 */
public final class OneTimeCodes {
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_ATTEMPTS = 5;
    public static final Duration ATTEMPTS_WINDOW = Duration.ofHours(1);
    public static final Duration COOLDOWN = Duration.ofSeconds(30);
    /** A user may sign a few documents and confirm a phone in one sitting. */
    public static final int PER_USER_HOUR = 20;
    public static final int PER_USER_DAY = 60;
    /** A phone or a document needs one code, a few when one is lost. */
    public static final int PER_SUBJECT_HOUR = 10;
    public static final int PER_SUBJECT_DAY = 30;
    public static final String COOLDOWN_CODE = "otp.cooldown";
    public static final String HOURLY_CODE = "otp.hourly_limit";
    public static final String DAILY_CODE = "otp.daily_limit";
    private static final int DIGITS = 6;

    private final Transactions transactions;
    private final Clock clock;
    private final OneTimeCodeRepository codes;
    private final SecureRandom random = new SecureRandom();
    private final CodeKey key;

    /** With the key of this process (see {@link CodeKey#ofThisProcess}). */
    public OneTimeCodes(Transactions transactions, OneTimeCodeRepository codes, Clock clock) {
        this(transactions, codes, clock, CodeKey.ofThisProcess());
    }

    public OneTimeCodes(Transactions transactions, OneTimeCodeRepository codes, Clock clock, CodeKey key) {
        this.transactions = transactions;
        this.codes = codes;
        this.clock = clock;
        this.key = key;
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
        transactions.inTransaction(tx -> {
            codes.lockUser(tx, userId);
            Optional<Instant> last = codes.lastIssued(tx, userId, purpose.name(), subject);
            if (last.isPresent() && now.isBefore(last.get().plus(COOLDOWN))) {
                throw new ValidationException(COOLDOWN_CODE, Duration.between(now, last.get().plus(COOLDOWN)).toSeconds() + 1);
            }
            Instant hourAgo = now.minus(Duration.ofHours(1));
            Instant dayAgo = now.minus(Duration.ofDays(1));
            if (codes.issuedToUser(tx, userId, hourAgo) >= PER_USER_HOUR || codes.issuedForSubject(tx, subject, hourAgo) >= PER_SUBJECT_HOUR) {
                throw new ValidationException(HOURLY_CODE);
            }
            if (codes.issuedToUser(tx, userId, dayAgo) >= PER_USER_DAY || codes.issuedForSubject(tx, subject, dayAgo) >= PER_SUBJECT_DAY) {
                throw new ValidationException(DAILY_CODE);
            }
            return codes.insert(tx, userId, purpose.name(), subject, salt, hash(salt, code), now, expiresAt);
        });
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
            if (codes.failedAttempts(tx, userId, purpose.name(), subject, now.minus(ATTEMPTS_WINDOW)) >= MAX_ATTEMPTS) {
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

    private byte[] hash(byte[] salt, String code) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            hmac.update(salt);
            return hmac.doFinal(code.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }
}
