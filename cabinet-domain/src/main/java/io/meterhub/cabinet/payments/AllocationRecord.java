package io.meterhub.cabinet.payments;

import java.math.BigDecimal;

/** A row of {@code payment_allocation}: the share of one payment for one account, service and organization. */
public record AllocationRecord(long accountId, String serviceCode, String organizationId, BigDecimal amount) {
}
