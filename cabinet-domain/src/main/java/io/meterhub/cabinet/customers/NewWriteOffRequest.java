package io.meterhub.cabinet.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A write-off over the threshold as its author asked for it. */
public record NewWriteOffRequest(String organizationId, long accountId, String serviceCode, LocalDate period, BigDecimal amount,
                                 String description, String reason, long requestedBy, Instant requestedAt) {
}
