package io.meterhub.devices.modbus;

/**
 * What a simulated meter measures: a steady load with a little ripple, enough for energy counters
 * that advance and voltages and currents a utility engineer would find plausible.
 *
 * @param powerKw          total active power drawn (import)
 * @param importKwhAtStart the import counter when the simulator starts
 * @param voltage          nominal phase-to-neutral voltage
 * @param frequencyHz      nominal frequency
 * @param powerFactor      cos phi, used for currents and reactive energy
 */
public record MeterBehaviour(double powerKw, double importKwhAtStart, double voltage, double frequencyHz, double powerFactor) {

    public MeterBehaviour {
        if (!(powerKw >= 0) || !(importKwhAtStart >= 0) || !(voltage > 0) || !(frequencyHz > 0)
                || !(powerFactor > 0 && powerFactor <= 1)) {
            throw new IllegalArgumentException("meter behaviour: power " + powerKw + " kW and start counter " + importKwhAtStart
                    + " kWh must be >= 0, voltage " + voltage + " V and frequency " + frequencyHz
                    + " Hz > 0, power factor " + powerFactor + " in (0, 1]");
        }
    }

    /** A household on a three-phase connection: 2.4 kW, 230 V, 50 Hz. */
    public static MeterBehaviour typical() {
        return new MeterBehaviour(2.4, 12_345.6, 230.0, 50.0, 0.95);
    }

    public MeterBehaviour withPowerKw(double kw) {
        return new MeterBehaviour(kw, importKwhAtStart, voltage, frequencyHz, powerFactor);
    }

    public MeterBehaviour withImportKwhAtStart(double kwh) {
        return new MeterBehaviour(powerKw, kwh, voltage, frequencyHz, powerFactor);
    }
}
