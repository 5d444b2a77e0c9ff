package io.meterhub.cabinet.payments;

import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code payment}. {@code providerPaymentId} is null until the provider has answered. */
public record PaymentRecord(long id, String idempotencyKey, long userId, String provider, String providerPaymentId,
                            BigDecimal amount, String status, Instant createdAt, Instant completedAt) {
    public static final String PENDING = "PENDING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
}
