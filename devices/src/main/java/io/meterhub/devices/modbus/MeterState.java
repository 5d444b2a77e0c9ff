package io.meterhub.devices.modbus;

import io.meterhub.protocols.telemetry.Obis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The physics of a simulated meter: energy integrates power over time; instantaneous values ripple
 * slightly so that consecutive polls differ as they would on a real installation.
 */
final class MeterState {
    private final Set<String> registers;
    private final int phases;
    private MeterBehaviour behaviour;
    private double importKwh;
    private double reactiveImportKvarh;
    private long lastMillis;

    MeterState(Set<String> registers, MeterBehaviour behaviour, long nowMillis) {
        this.registers = registers;
        this.behaviour = behaviour;
        this.importKwh = behaviour.importKwhAtStart();
        this.reactiveImportKvarh = behaviour.importKwhAtStart() * 0.25;
        this.lastMillis = nowMillis;
        int voltages = 0;
        for (String obis : new String[]{"32.7.0", "52.7.0", "72.7.0"}) {
            voltages += registers.contains(obis) ? 1 : 0;
        }
        this.phases = Math.max(1, voltages);
    }

    void behaviour(MeterBehaviour behaviour, long nowMillis) {
        advance(nowMillis);
        this.behaviour = behaviour;
    }

    MeterBehaviour behaviour() {
        return behaviour;
    }

    /** The values of every register of the profile at {@code nowMillis}, in the contract's units. */
    Map<String, Double> valuesAt(long nowMillis) {
        advance(nowMillis);
        double seconds = nowMillis / 1000.0;
        Map<String, Double> values = new LinkedHashMap<>();
        for (String obis : registers) {
            values.put(obis, value(obis, seconds));
        }
        return values;
    }

    private void advance(long nowMillis) {
        if (nowMillis > lastMillis) {
            double hours = (nowMillis - lastMillis) / 3_600_000.0;
            importKwh += behaviour.powerKw() * hours;
            double tanPhi = Math.tan(Math.acos(behaviour.powerFactor()));
            reactiveImportKvarh += behaviour.powerKw() * tanPhi * hours;
            lastMillis = nowMillis;
        }
    }

    private double value(String obis, double seconds) {
        int quantity = Obis.quantity(obis);
        boolean cumulative = Obis.isCumulative(obis);
        double ripple = Math.sin(seconds / 7.0);
        double phaseVoltage = behaviour.voltage() * (1 + 0.01 * ripple) + (quantity / 20) * 0.3;
        return switch (quantity) {
            case 1 -> cumulative ? importKwh : behaviour.powerKw();
            // The simulated installation only consumes: export registers stay at zero.
            case 2, 4 -> 0.0;
            case 3 -> cumulative ? reactiveImportKvarh : 0.0;
            case 14 -> behaviour.frequencyHz() + 0.02 * ripple;
            case 32, 52, 72 -> round(phaseVoltage, 1);
            case 31, 51, 71 -> round(behaviour.powerKw() * 1000 / (phases * behaviour.voltage() * behaviour.powerFactor()), 3);
            default -> 0.0;
        };
    }

    private static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
