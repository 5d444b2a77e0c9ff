package io.meterhub.protocols.telemetry;

import java.util.Arrays;
import java.util.Optional;

/** The closed list of meter and controller event codes the contract accepts. */
public enum EventCode {
    POWER_DOWN,
    POWER_UP,
    COVER_OPEN,
    MAGNETIC_FIELD,
    VOLTAGE_SAG,
    VOLTAGE_SWELL,
    PHASE_LOSS,
    CLOCK_SET,
    RELAY_OFF,
    RELAY_ON,
    REVERSE_FLOW,
    COUNTER_RESET,
    /** Raised by the pipeline when a register wrapped at its digit capacity; consumption continues. */
    REGISTER_ROLLOVER,
    /** Raised by a poller when a device stops answering. */
    DEVICE_OFFLINE,
    /** Raised by a poller when a device answers again after being offline. */
    DEVICE_ONLINE;

    public static Optional<EventCode> parse(String text) {
        return Arrays.stream(values()).filter(code -> code.name().equals(text)).findFirst();
    }
}
