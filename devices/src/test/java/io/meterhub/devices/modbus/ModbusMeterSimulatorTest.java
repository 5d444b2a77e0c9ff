package io.meterhub.devices.modbus;

import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.InputRegister;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.RegisterDecoder;
import io.meterhub.protocols.modbus.RegisterSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ModbusMeterSimulatorTest {
    private static final DeviceProfiles PROFILES = DeviceProfiles.builtIn();
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    private ModbusMeterSimulator simulator;
    private ModbusTCPMaster master;

    @AfterEach
    void tearDown() {
        if (master != null) {
            master.disconnect();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private ModbusMeterSimulator start(String profile, MeterBehaviour behaviour) {
        simulator = new ModbusMeterSimulator(PROFILES.require(profile), 7, InetAddress.getLoopbackAddress(), 0,
                behaviour, clock::get).start();
        return simulator;
    }

    private double read(String obis) throws Exception {
        if (master == null) {
            master = new ModbusTCPMaster("127.0.0.1", simulator.port(), 2000, false);
            master.connect();
        }
        RegisterSpec spec = simulator.profile().register(obis).orElseThrow();
        InputRegister[] registers = master.readInputRegisters(7, spec.address(), spec.words());
        int[] words = new int[registers.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = registers[i].toUnsignedShort();
        }
        return RegisterDecoder.decode(spec, words);
    }

    @Test
    void serves_plausible_values_in_the_profile_encoding() throws Exception {
        start("eastron-sdm630", MeterBehaviour.typical().withPowerKw(6.9));
        assertThat(read("32.7.0")).isBetween(225.0, 235.0);
        assertThat(read("14.7.0")).isBetween(49.9, 50.1);
        assertThat(read("1.7.0")).isCloseTo(6.9, within(1e-6));
        // 6.9 kW over three phases at 230 V, cos phi 0.95
        assertThat(read("31.7.0")).isCloseTo(6900 / (3 * 230 * 0.95), within(0.001));
        assertThat(read("1.8.0")).isCloseTo(12_345.6, within(0.01));
    }

    @Test
    void energy_counter_advances_with_power() throws Exception {
        start("carlo-gavazzi-em340", MeterBehaviour.typical().withPowerKw(2.0).withImportKwhAtStart(100.0));
        assertThat(read("1.8.0")).isEqualTo(100.0);
        clock.addAndGet(30 * 60_000L);
        assertThat(read("1.8.0")).isEqualTo(101.0);
        simulator.behaviour(MeterBehaviour.typical().withPowerKw(4.0));
        clock.addAndGet(30 * 60_000L);
        assertThat(read("1.8.0")).isEqualTo(103.0);
    }

    @Test
    void address_outside_the_profile_is_an_illegal_data_address() throws Exception {
        start("eastron-sdm120", MeterBehaviour.typical());
        read("32.7.0");
        assertThatThrownBy(() -> master.readInputRegisters(7, 0x0002, 2))
                .isInstanceOf(ModbusSlaveException.class)
                .satisfies(e -> assertThat(((ModbusSlaveException) e).getType()).isEqualTo(2));
    }

    @Test
    void overrides_serve_fixed_words() throws Exception {
        start("eastron-sdm630", MeterBehaviour.typical());
        simulator.overrideValue("32.7.0", 230.5);
        assertThat(read("32.7.0")).isEqualTo(230.5);
        simulator.overrideWords("52.7.0", 0x7FC0, 0x0000);
        assertThatThrownBy(() -> read("52.7.0")).hasMessageContaining("NaN");
    }

    @Test
    void stop_frees_the_port_and_start_serves_it_again() throws Exception {
        start("eastron-sdm630", MeterBehaviour.typical());
        int port = simulator.port();
        assertThat(read("1.8.0")).isPositive();
        master.disconnect();
        master = null;
        simulator.stop();
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(probe.getLocalPort()).isEqualTo(port);
        }
        simulator.start();
        assertThat(simulator.port()).isEqualTo(port);
        assertThat(read("1.8.0")).isPositive();
    }

    @Test
    void serves_holding_registers_for_function_code_3_profiles() throws Exception {
        DeviceProfile holding = DeviceProfiles.parse("""
                id: holding
                manual: test
                registers:
                  - { obis: 1.8.0, functionCode: 3, address: 100, dataType: UINT32, scale: 0.01 }
                """, "holding.yaml");
        simulator = new ModbusMeterSimulator(holding, 1, InetAddress.getLoopbackAddress(), 0,
                MeterBehaviour.typical().withImportKwhAtStart(42.42), clock::get).start();
        master = new ModbusTCPMaster("127.0.0.1", simulator.port(), 2000, false);
        master.connect();
        var registers = master.readMultipleRegisters(1, 100, 2);
        int raw = (registers[0].toUnsignedShort() << 16) | registers[1].toUnsignedShort();
        assertThat(raw).isEqualTo(4242);
    }
}
