package io.meterhub.cabinet.registry;

import io.meterhub.cabinet.common.FieldProblem;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What a controller, a meter and a replacement must be, each broken rule named by its field. */
final class RegistryRules {
    /** One MQTT topic level that is also a broker user name: no '/', '+', '#', spaces. */
    static final Pattern TOPIC_LEVEL = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|[0-9A-Fa-f:.]{2,45}");
    private static final Pattern REGISTER = Pattern.compile("([1-4])\\.8\\.([0-4])");
    private static final int MAX_TEXT = 200;

    private RegistryRules() {
    }

    static List<FieldProblem> controller(NewController c) {
        List<FieldProblem> problems = new ArrayList<>();
        if (c.id() == null || !TOPIC_LEVEL.matcher(c.id()).matches()) {
            problems.add(FieldProblem.of("id", "registry.id_invalid"));
        } else if (c.id().toLowerCase(Locale.ROOT).startsWith("meterhub")) {
            problems.add(FieldProblem.of("id", "registry.id_reserved"));
        }
        if (c.protocol() == null) {
            problems.add(FieldProblem.of("protocol", "registry.protocol_required"));
        }
        text(problems, "description", c.description());
        if (c.protocol() == ControllerProtocol.MODBUS) {
            if (c.modbusHost() == null || !HOST.matcher(c.modbusHost()).matches()) {
                problems.add(FieldProblem.of("modbusHost", "registry.host_invalid"));
            }
            if (c.modbusPort() == null || c.modbusPort() < 1 || c.modbusPort() > 65535) {
                problems.add(FieldProblem.of("modbusPort", "registry.port_invalid"));
            }
            if (c.modbusUnitId() == null || c.modbusUnitId() < 0 || c.modbusUnitId() > 255) {
                problems.add(FieldProblem.of("modbusUnitId", "registry.unit_invalid"));
            }
            if (c.modbusProfile() == null || !DeviceProfiles.BUILT_IN.contains(c.modbusProfile())) {
                problems.add(FieldProblem.of("modbusProfile", "registry.profile_unknown", String.join(", ", DeviceProfiles.BUILT_IN)));
            }
            if (c.pollIntervalSeconds() == null || c.pollIntervalSeconds() < 1 || c.pollIntervalSeconds() > 86_400) {
                problems.add(FieldProblem.of("pollIntervalSeconds", "registry.poll_interval_invalid"));
            }
        }
        return problems;
    }

    /** The rules of the form alone; whether its controller and account are the organization's is the service's to ask. */
    static List<FieldProblem> meter(MeterForm m, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (m.id() == null || !TOPIC_LEVEL.matcher(m.id()).matches()) {
            problems.add(FieldProblem.of("id", "registry.id_invalid"));
        }
        if (m.controllerId() == null) {
            problems.add(FieldProblem.of("controllerId", "registry.meter_controller_required"));
        }
        text(problems, "number", m.number());
        text(problems, "model", m.model());
        text(problems, "serial", m.serial());
        text(problems, "objectName", m.objectName());
        if (m.registerDigits() == null || m.registerDigits() < 3 || m.registerDigits() > 12) {
            problems.add(FieldProblem.of("registerDigits", "registry.digits_invalid"));
        }
        if (m.tariffRegisters() == null || m.tariffRegisters() < 0 || m.tariffRegisters() > 4) {
            problems.add(FieldProblem.of("tariffRegisters", "registry.tariff_registers_invalid"));
        }
        if (m.intervalSeconds() == null || m.intervalSeconds() < 1) {
            problems.add(FieldProblem.of("intervalSeconds", "registry.interval_invalid"));
        }
        if (m.installedOn() != null && m.installedOn().isAfter(today)) {
            problems.add(FieldProblem.of("installedOn", "registry.installed_in_future"));
        }
        if (m.nextVerificationOn() != null && m.installedOn() != null && !m.nextVerificationOn().isAfter(m.installedOn())) {
            problems.add(FieldProblem.of("nextVerificationOn", "registry.verification_before_installation"));
        }
        return problems;
    }

    /**
     * Register values by OBIS code: energy registers only (1.8.0..4.8.x), within the meter's digits
     * and tariff registers, never negative, and the total 1.8.0 always.
     */
    static void values(List<FieldProblem> problems, String field, Map<String, BigDecimal> values, int digits, int tariffRegisters) {
        if (!values.containsKey("1.8.0")) {
            problems.add(FieldProblem.of(field, "registry.value_total_required"));
        }
        BigDecimal capacity = BigDecimal.TEN.pow(Math.max(digits, 0));
        values.forEach((obis, value) -> {
            var register = REGISTER.matcher(obis == null ? "" : obis);
            if (!register.matches() || Integer.parseInt(register.group(2)) > tariffRegisters) {
                problems.add(FieldProblem.of(field, "registry.value_register_invalid", String.valueOf(obis)));
            } else if (value == null || value.signum() < 0 || value.compareTo(capacity) >= 0) {
                problems.add(FieldProblem.of(field, "registry.value_out_of_range", obis, digits));
            }
        });
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, "registry.text_too_long", MAX_TEXT));
        }
    }
}
