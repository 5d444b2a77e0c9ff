package io.meterhub.cabinet.payments;


import java.math.BigDecimal;

/** The share of one payment for one account, service and organization. */
public record PaymentShare(long accountId, String serviceCode, String organizationId, BigDecimal amount) {
    static PaymentShare of(AllocationRecord row) {
        return new PaymentShare(row.accountId(), row.serviceCode(), row.organizationId(), row.amount());
    }
}
