package io.meterhub.cabinet.customers;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A correction of a charge: an ADJUSTMENT entry; a positive amount raises the debt, a negative one lowers it. */
public record ChargeCorrection(String serviceCode, YearMonth period, BigDecimal amount, String description) {
}
