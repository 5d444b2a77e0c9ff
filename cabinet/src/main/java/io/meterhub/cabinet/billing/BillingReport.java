package io.meterhub.cabinet.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** What a billing run charged: entries written, their total, and what it could not charge. */
public record BillingReport(String organizationId, YearMonth month, int entries, BigDecimal total, List<BillingProblem> problems) {
}
