package io.meterhub.cabinet.ledger;

import java.math.BigDecimal;
import java.util.Map;

/** Debt of an account per service and in total; negative means paid in advance. */
public record AccountDebt(long accountId, String accountNumber, String organizationId, Map<String, BigDecimal> byService, BigDecimal total) {
}
