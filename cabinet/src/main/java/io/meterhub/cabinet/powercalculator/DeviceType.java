package io.meterhub.cabinet.powercalculator;

import java.math.BigDecimal;

/**
 * The kinds of device a customer lists, each with its default coincidence factor: the share of the devices' rated power
 * that is expected to run at the same time. The defaults are our choice (round figures in the range commonly quoted for
 * households: heating runs all at once, a kettle or a welder rarely), not taken from a norm; a grid company sets its own.
 */
public enum DeviceType {
    LIGHTING("0.90"),
    KETTLE("0.40"),
    ELECTRIC_STOVE("0.65"),
    WATER_HEATER("0.80"),
    HEAT_PUMP("1.00"),
    BOILER("1.00"),
    WELDING("0.35"),
    EV_CHARGER("1.00"),
    OTHER("0.70");

    private final BigDecimal defaultFactor;

    DeviceType(String defaultFactor) {
        this.defaultFactor = new BigDecimal(defaultFactor);
    }

    public BigDecimal defaultFactor() {
        return defaultFactor;
    }
}
