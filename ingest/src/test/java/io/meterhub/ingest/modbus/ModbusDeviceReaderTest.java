package io.meterhub.ingest.modbus;

import io.meterhub.devices.modbus.MeterBehaviour;
import io.meterhub.devices.modbus.ModbusMeterSimulator;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.protocols.modbus.DataType;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.RegisterSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ModbusDeviceReaderTest {
    private final AtomicLong clock = new AtomicLong(1_700_000_000_000L);
    private ModbusMeterSimulator meter;
    private ModbusDeviceReader reader;

    @AfterEach
    void close() {
        reader.close();
        meter.close();
    }

    @Test
    void a_register_the_device_lacks_is_reported_once_then_left_out_for_an_hour() throws Exception {
        DeviceProfile sdm630 = DeviceProfiles.builtIn().require("eastron-sdm630");
        meter = new ModbusMeterSimulator(sdm630, 1, InetAddress.getLoopbackAddress(), 0, MeterBehaviour.typical(), clock::get).start();
        List<RegisterSpec> registers = new ArrayList<>(sdm630.registers());
        // 30013 "Phase 1 power" exists on a real SDM630 but not in our simulator's map
        registers.add(new RegisterSpec("21.7.0", 4, 0x000C, DataType.FLOAT32, null, 0.001, null, "Phase 1 power"));
        DeviceProfile withMissing = new DeviceProfile("sdm630-plus", sdm630.manufacturer(), sdm630.model(), sdm630.manualReference(),
                sdm630.defaultUnit(), registers);
        reader = new ModbusDeviceReader("127.0.0.1", meter.port(), 1, withMissing, 1_000, clock::get);

        DeviceReading first = reader.read();
        clock.addAndGet(60_000);
        DeviceReading second = reader.read();
        clock.addAndGet(ModbusDeviceReader.ABSENT_RETRY_MS);
        DeviceReading afterAnHour = reader.read();

        assertThat(first.errors()).containsOnlyKeys("21.7.0");
        assertThat(first.errors().get("21.7.0")).isEqualTo("Modbus exception 2 (illegal data address)");
        assertThat(first.values()).containsOnlyKeys(sdm630.registers().stream().map(RegisterSpec::obis).toArray(String[]::new));
        assertThat(second.errors()).isEmpty();
        assertThat(second.values()).hasSameSizeAs(first.values());
        assertThat(afterAnHour.errors()).as("tried again after an hour").containsOnlyKeys("21.7.0");
    }
}
