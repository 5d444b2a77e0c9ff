package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.connectionfee.VoltageLevel;

import java.math.BigDecimal;

/**
 * Step 3: the power receiving devices.
 *
 * @param maxPowerKw         the maximum power requested in total, kW (more than 0, at most 2 decimals)
 * @param alreadyConnectedKw power connected before (0 for a new connection; more than 0 for an increase)
 */
public record PowerStep(BigDecimal maxPowerKw, BigDecimal alreadyConnectedKw, VoltageLevel voltage, ReliabilityCategory reliability,
                        ConnectionKind connectionKind) {
}
