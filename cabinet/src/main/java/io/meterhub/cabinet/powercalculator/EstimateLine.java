package io.meterhub.cabinet.powercalculator;

import java.math.BigDecimal;

/** A listed line with the factor used and its share of the power: kW × count × factor, exact. */
public record EstimateLine(DeviceType type, BigDecimal kw, int count, BigDecimal factor, BigDecimal demandKw) {
}
