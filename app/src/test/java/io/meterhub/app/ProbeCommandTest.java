package io.meterhub.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.devices.modbus.MeterBehaviour;
import io.meterhub.devices.modbus.ModbusMeterSimulator;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeCommandTest {
    private static final DeviceProfiles PROFILES = DeviceProfiles.builtIn();
    private ModbusMeterSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    private ModbusMeterSimulator serve(String profile) {
        simulator = new ModbusMeterSimulator(PROFILES.require(profile), 5, InetAddress.getLoopbackAddress(), 0,
                MeterBehaviour.typical().withPowerKw(0), () -> 1_700_000_000_000L).start();
        simulator.overrideValue("1.8.0", 12345.678);
        simulator.overrideValue("32.7.0", 230.5);
        return simulator;
    }

    @Test
    void prints_one_line_per_register_with_value_and_unit() {
        serve("eastron-sdm630");
        simulator.overrideValue("1.7.0", 3.45);
        simulator.overrideValue("14.7.0", 50.0);
        ProbeRun run = ProbeRun.of("probe", "--modbus", "127.0.0.1:" + simulator.port(), "--unit", "5",
                "--profile", "eastron-sdm630");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(12)
                .contains("1.8.0 12345.678 kWh", "32.7.0 230.5 V", "1.7.0 3.45 kW", "14.7.0 50 Hz", "2.8.0 0 kWh", "4.8.0 0 kvarh");
        assertThat(run.lines().get(0)).startsWith("32.7.0 ");
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).matches("31\\.7\\.0 [0-9.]+ A"))
                .anySatisfy(line -> assertThat(line).matches("3\\.8\\.0 [0-9.]+ kvarh"));
    }

    @Test
    void json_output_is_an_array_of_registers() throws Exception {
        serve("carlo-gavazzi-em340");
        ProbeRun run = ProbeRun.of("probe", "--modbus", "127.0.0.1:" + simulator.port(), "--unit", "5",
                "--profile", "carlo-gavazzi-em340", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(12);
        JsonNode energy = array.get(8);
        assertThat(energy.get("obis").asText()).isEqualTo("1.8.0");
        // INT32 kWh*10 on the wire: 12345.678 was stored as 123457 and reads back as 12345.7
        assertThat(energy.get("value").asDouble()).isEqualTo(12345.7);
        assertThat(energy.get("unit").asText()).isEqualTo("kWh");
    }

    @Test
    void unreadable_registers_get_an_error_line_each() {
        serve("eastron-sdm120"); // an SDM120 has no phase 2/3 registers nor 0x0034
        simulator.overrideWords("14.7.0", 0x7FC0, 0x0000);
        ProbeRun run = ProbeRun.of("probe", "--modbus", "127.0.0.1:" + simulator.port(), "--unit", "5",
                "--profile", "eastron-sdm630");
        assertThat(run.exitCode()).isEqualTo(ProbeCommand.SOME_REGISTERS_FAILED);
        assertThat(run.lines()).hasSize(12).contains(
                "32.7.0 230.5 V",
                "52.7.0 ERROR Modbus exception 2 (illegal data address)",
                "1.7.0 ERROR Modbus exception 2 (illegal data address)",
                "14.7.0 ERROR register 14.7.0 (FC4 0x0046): the meter sent NaN (not a number)",
                "1.8.0 12345.678 kWh");
    }

    @Test
    void unreachable_host_is_one_line_and_exit_code_2() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProbeRun run = ProbeRun.of("probe", "--modbus", "127.0.0.1:" + port, "--profile", "eastron-sdm630", "--timeout-ms", "500");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("probe: no answer from Modbus device at 127.0.0.1:" + port + " unit 1: ");
    }

    @Test
    void bad_arguments_are_named() {
        ProbeRun badAddress = ProbeRun.of("probe", "--modbus", "localhost", "--profile", "eastron-sdm630");
        assertThat(badAddress.exitCode()).isEqualTo(2);
        assertThat(badAddress.err()).contains("--modbus 'localhost' is not HOST:PORT");
        ProbeRun badProfile = ProbeRun.of("probe", "--modbus", "localhost:502", "--profile", "sdm630");
        assertThat(badProfile.exitCode()).isEqualTo(2);
        assertThat(badProfile.err()).contains("unknown device profile 'sdm630'").contains("eastron-sdm630");
    }
}
