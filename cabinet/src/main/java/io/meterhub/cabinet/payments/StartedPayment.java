package io.meterhub.cabinet.payments;


import java.math.BigDecimal;
import java.util.List;

/**
 * A payment as {@link PaymentService#start} leaves it.
 *
 * @param status          PENDING, SUCCEEDED or FAILED (a repeated start returns the payment as it is now)
 * @param confirmationUrl where to send the payer; null unless PENDING
 * @param repeated        true when the idempotency key had been used already and no new payment was made
 */
public record StartedPayment(long paymentId, PaymentStatus status, BigDecimal amount, String providerPaymentId,
                             String confirmationUrl, List<PaymentShare> allocations, boolean repeated) {
    public StartedPayment {
        allocations = List.copyOf(allocations);
    }
}
