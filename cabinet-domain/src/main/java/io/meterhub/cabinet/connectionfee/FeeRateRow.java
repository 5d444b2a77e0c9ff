package io.meterhub.cabinet.connectionfee;

import java.math.BigDecimal;

/**
 * The standardized rates of one voltage level (table {@code connection_fee_rate}).
 *
 * @param perKm null when the organization sets no rate per km of line
 */
public record FeeRateRow(String voltageLevel, BigDecimal perConnection, BigDecimal perKw, BigDecimal perKm) {
}
