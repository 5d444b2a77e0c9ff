package io.meterhub.devices.simulator;

import java.util.List;

/**
 * The fixed traits of one simulated meter.
 *
 * @param index      position in the fleet, the coordinate of its random streams
 * @param scale      multiplier of its profile's kW curve
 * @param registers  OBIS codes it reports, 1.8.0 first
 * @param rollover   whether it starts near its capacity to wrap during the run
 */
public record SimulatedMeter(int index, String meterId, String controllerId, LoadProfile profile, double scale,
                             List<String> registers, boolean rollover) {

    public int tariffRegisters() {
        return registers.size() - 1;
    }
}
