package io.meterhub.cabinet.connectionfee;

import java.math.BigDecimal;

/**
 * One organization's connection fee for one year (table {@code connection_fee_schedule}).
 *
 * @param specialPerKw null when the region sets no reduced rate
 */
public record FeeScheduleRow(String organizationId, String organizationName, int year, BigDecimal preferentialPerKw,
                             BigDecimal preferentialMaxKw, BigDecimal preferentialMaxLineKm, BigDecimal specialPerKw, String decision) {
}
