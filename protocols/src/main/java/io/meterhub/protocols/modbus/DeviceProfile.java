package io.meterhub.protocols.modbus;

import io.meterhub.protocols.telemetry.Obis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to read from one meter model: its registers, named by OBIS code.
 *
 * @param manualReference the document (title, version, address) the register map was taken from
 * @param defaultUnit     the unit printed for registers whose OBIS code names no unit
 */
public record DeviceProfile(String id, String manufacturer, String model, String manualReference,
                            String defaultUnit, List<RegisterSpec> registers) {

    public DeviceProfile {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("device profile: id is missing");
        }
        if (registers == null || registers.isEmpty()) {
            throw new IllegalArgumentException("device profile " + id + ": no registers");
        }
        Set<String> seen = new HashSet<>();
        for (RegisterSpec register : registers) {
            if (!seen.add(register.obis())) {
                throw new IllegalArgumentException("device profile " + id + ": OBIS code " + register.obis()
                        + " is listed twice");
            }
        }
        registers = List.copyOf(registers);
        manufacturer = manufacturer == null ? "" : manufacturer;
        model = model == null ? "" : model;
        manualReference = manualReference == null ? "" : manualReference;
        defaultUnit = defaultUnit == null ? "" : defaultUnit;
    }

    public Optional<RegisterSpec> register(String obis) {
        return registers.stream().filter(register -> register.obis().equals(obis)).findFirst();
    }

    /** The unit of a register's decoded value: the contract's unit for its OBIS code, else the profile's default. */
    public String unit(String obis) {
        String unit = Obis.unit(obis);
        return unit.isEmpty() ? defaultUnit : unit;
    }

    /** A copy with more registers, e.g. a vendor-specific extra on top of a base model. */
    public DeviceProfile withRegisters(List<RegisterSpec> extra) {
        List<RegisterSpec> all = new ArrayList<>(registers);
        all.addAll(extra);
        return new DeviceProfile(id, manufacturer, model, manualReference, defaultUnit, all);
    }
}
