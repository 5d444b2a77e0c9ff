package io.meterhub.protocols.modbus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How often a register is worth reading. Energy counters feed billing and only need one value per
 * poll interval; instantaneous values (power, voltage, current) are for live views and alarms and
 * may be read more often when a poller is configured to.
 */
public enum PollPriority {
    /** Cumulative registers: read every poll interval. */
    ENERGY,
    /** Instantaneous values: read every poll interval, and more often where the poller allows. */
    INSTANT;

    public static Optional<PollPriority> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(priority -> priority.name().equals(wanted)).findFirst();
    }
}
