package io.meterhub.ingest.modbus;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One read of all registers of a device.
 *
 * @param values register (OBIS) to value in the contract's unit, in profile order
 * @param errors register to the reason it has no value (a Modbus exception, a NaN...)
 */
public record DeviceReading(long timestamp, Map<String, Double> values, Map<String, String> errors) {
    public DeviceReading {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }
}
