package io.meterhub.cabinet.otp;

import java.time.Instant;

/** One issued one-time code (table {@code one_time_code}); the code itself is never stored. */
public record CodeRow(long id, byte[] salt, byte[] codeHash, Instant expiresAt, int attempts, Instant usedAt) {
}
