package io.meterhub.cabinet.payments;


import java.math.BigDecimal;
import java.time.Instant;

/** A payment as the payer sees it. {@code providerPaymentId} is null until the provider has answered. */
public record Payment(long id, long userId, String provider, String providerPaymentId, BigDecimal amount, PaymentStatus status,
                      Instant createdAt, Instant completedAt) {
    static Payment of(PaymentRecord row) {
        return new Payment(row.id(), row.userId(), row.provider(), row.providerPaymentId(), row.amount(), PaymentStatus.valueOf(row.status()),
                row.createdAt(), row.completedAt());
    }
}
