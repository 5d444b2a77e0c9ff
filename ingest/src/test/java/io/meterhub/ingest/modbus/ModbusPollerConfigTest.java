package io.meterhub.ingest.modbus;

import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModbusPollerConfigTest {
    private final DeviceProfiles profiles = DeviceProfiles.builtIn();

    @Test
    void reads_devices_and_tuning_from_the_environment() {
        ModbusPollerConfig config = ModbusPollerConfig.fromEnv(Map.of(
                "MH_MODBUS_DEVICES", "m-1@10.0.0.5:502/1/eastron-sdm630, m-2@meters.local:1502/17/carlo-gavazzi-em340/2500",
                "MH_MODBUS_INTERVAL_MS", "15000",
                "MH_MODBUS_CONTROLLER", "substation-7",
                "MH_MODBUS_TIMEOUT_MS", "800"), profiles);
        assertThat(config.devices()).hasSize(2);
        PolledDevice first = config.devices().get(0);
        assertThat(first.meterId()).isEqualTo("m-1");
        assertThat(first.host()).isEqualTo("10.0.0.5");
        assertThat(first.port()).isEqualTo(502);
        assertThat(first.unitId()).isEqualTo(1);
        assertThat(first.profile().id()).isEqualTo("eastron-sdm630");
        assertThat(first.interval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(first.controllerId()).isEqualTo("substation-7");
        assertThat(config.devices().get(1).interval()).isEqualTo(Duration.ofMillis(2500));
        assertThat(config.timeoutMs()).isEqualTo(800);
        assertThat(config.offlineAfterFailures()).isEqualTo(3);
    }

    @Test
    void missing_device_list_names_the_variable() {
        assertThatThrownBy(() -> ModbusPollerConfig.fromEnv(Map.of(), profiles))
                .hasMessageStartingWith("MH_MODBUS_DEVICES is not set");
    }

    @Test
    void malformed_device_names_the_variable_and_the_item() {
        assertThatThrownBy(() -> ModbusPollerConfig.fromEnv(Map.of("MH_MODBUS_DEVICES", "m-1@10.0.0.5/1/eastron-sdm630"), profiles))
                .hasMessageStartingWith("MH_MODBUS_DEVICES: 'm-1@10.0.0.5/1/eastron-sdm630' is not meterId@host:port/unit/profile");
    }

    @Test
    void unknown_profile_and_bad_port_are_named() {
        assertThatThrownBy(() -> ModbusPollerConfig.fromEnv(Map.of("MH_MODBUS_DEVICES", "m-1@h:502/1/abb-b23"), profiles))
                .hasMessageContaining("MH_MODBUS_DEVICES: 'm-1@h:502/1/abb-b23': unknown device profile 'abb-b23'");
        assertThatThrownBy(() -> ModbusPollerConfig.fromEnv(Map.of("MH_MODBUS_DEVICES", "m-1@h:70000/1/eastron-sdm630"), profiles))
                .hasMessageContaining("port 70000 is outside 1..65535");
        assertThatThrownBy(() -> ModbusPollerConfig.fromEnv(Map.of("MH_MODBUS_DEVICES", "m-1@h:502/300/eastron-sdm630"), profiles))
                .hasMessageContaining("unit id 300 is outside 0..255");
    }

    @Test
    void bad_numbers_name_the_variable_and_value() {
        assertThatThrownBy(() -> ModbusPollerConfig.fromEnv(Map.of("MH_MODBUS_DEVICES", "m@h:502/1/eastron-sdm630",
                "MH_MODBUS_INTERVAL_MS", "ten"), profiles))
                .hasMessage("MH_MODBUS_INTERVAL_MS='ten' is not a whole number");
        assertThatThrownBy(() -> ModbusPollerConfig.fromEnv(Map.of("MH_MODBUS_DEVICES", "m@h:502/1/eastron-sdm630",
                "MH_MODBUS_OFFLINE_AFTER", "0"), profiles))
                .hasMessage("MH_MODBUS_OFFLINE_AFTER=0 is outside 1..1000");
    }

    @Test
    void the_same_meter_twice_is_rejected() {
        assertThatThrownBy(() -> ModbusPollerConfig.fromEnv(Map.of("MH_MODBUS_DEVICES",
                "m@h:502/1/eastron-sdm630,m@h:502/2/eastron-sdm630"), profiles))
                .hasMessage("MH_MODBUS_DEVICES: meter 'm' is listed twice");
    }
}
