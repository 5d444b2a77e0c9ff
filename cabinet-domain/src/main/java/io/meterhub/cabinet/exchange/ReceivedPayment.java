package io.meterhub.cabinet.exchange;

import java.math.BigDecimal;
import java.time.Instant;

/** The organization's share of a payment received in the cabinet: one account's service. */
public record ReceivedPayment(long paymentId, String accountNumber, String service, BigDecimal amount, Instant paidAt, String provider,
                              String providerPaymentId) {
    public Key key() {
        return new Key(paymentId, accountNumber, service);
    }

    /** Where a payment's share stands in the export's order. */
    public record Key(long paymentId, String accountNumber, String service) {
    }
}
