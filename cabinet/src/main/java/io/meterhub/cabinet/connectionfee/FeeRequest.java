package io.meterhub.cabinet.connectionfee;

import java.math.BigDecimal;

/**
 * What the fee depends on.
 *
 * @param maxPowerKw          the maximum power asked for in total, with what is already connected
 * @param alreadyConnectedKw  the power connected before (null or 0 for a new connection); the fee is on the increase
 * @param lineKm              the length of new line from the existing grid to the plot (null or 0 when none is needed)
 * @param specialCategory     the applicant (a person) belongs to a category with the reduced per-kW rate
 */
public record FeeRequest(ApplicantCategory category, BigDecimal maxPowerKw, BigDecimal alreadyConnectedKw, VoltageLevel voltage,
                         BigDecimal lineKm, boolean specialCategory) {

    /** The power the fee is charged on: the maximum minus what is already connected. */
    public BigDecimal requestedKw() {
        return alreadyConnectedKw == null ? maxPowerKw : maxPowerKw.subtract(alreadyConnectedKw);
    }

    public BigDecimal lineKmOrZero() {
        return lineKm == null ? BigDecimal.ZERO : lineKm;
    }
}
