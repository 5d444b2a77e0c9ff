package io.meterhub.cabinet.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A write-off waiting for, or decided by, a second staff member.
 *
 * @param amount negative: the adjustment entry it becomes
 * @param status PENDING, APPROVED or REJECTED
 */
public record WriteOffRequestRow(long id, String organizationId, long accountId, String accountNumber, String serviceCode, LocalDate period,
                                 BigDecimal amount, String description, String reason, long requestedBy, String requestedByLogin,
                                 Instant requestedAt, String status, Long decidedBy, String decidedByLogin, Instant decidedAt,
                                 String decisionReason) {
    public boolean pending() {
        return "PENDING".equals(status);
    }
}
