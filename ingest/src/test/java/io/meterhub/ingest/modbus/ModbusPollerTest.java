package io.meterhub.ingest.modbus;

import io.meterhub.devices.modbus.MeterBehaviour;
import io.meterhub.devices.modbus.ModbusMeterSimulator;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.protocols.modbus.DataType;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.RegisterSpec;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.UplinkDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The poller against our Modbus meter simulator on a real TCP port. */
class ModbusPollerTest {
    private static final DeviceProfiles PROFILES = DeviceProfiles.builtIn();
    private final AtomicLong meterClock = new AtomicLong(1_700_000_000_000L);
    private final BlockingQueue<UplinkDocument> sink = new LinkedBlockingQueue<>();
    private ModbusMeterSimulator simulator;
    private ModbusPoller poller;

    @AfterEach
    void tearDown() {
        if (poller != null) {
            poller.close();
        }
        if (simulator != null) {
            simulator.close();
        }
    }

    private void serve(String profile) {
        simulator = new ModbusMeterSimulator(PROFILES.require(profile), 3, InetAddress.getLoopbackAddress(), 0,
                MeterBehaviour.typical(), meterClock::get).start();
    }

    private void poll(DeviceProfile profile, int offlineAfter) {
        PolledDevice device = new PolledDevice("meter-1", "gw-1", "127.0.0.1", simulator.port(), 3, profile, Duration.ofMillis(150));
        poller = new ModbusPoller(new ModbusPollerConfig(List.of(device), 300, offlineAfter, 50, 200), sink::add).start();
    }

    private UplinkDocument next() throws InterruptedException {
        UplinkDocument document = sink.poll(10, TimeUnit.SECONDS);
        assertThat(document).as("an uplink document within 10 s").isNotNull();
        return document;
    }

    private MeterEvent nextEvent() throws InterruptedException {
        while (true) {
            UplinkDocument document = next();
            if (!document.events().isEmpty()) {
                return document.events().get(0);
            }
        }
    }

    @Test
    void a_poll_yields_the_meter_values_by_obis() throws Exception {
        serve("eastron-sdm630");
        poll(PROFILES.require("eastron-sdm630"), 3);
        UplinkDocument document = next();
        assertThat(document.controllerId()).isEqualTo("gw-1");
        assertThat(document.samples()).hasSize(1);
        UplinkDocument.Sample sample = document.samples().get(0);
        assertThat(sample.meterId()).isEqualTo("meter-1");
        assertThat(sample.errors()).isEmpty();
        // The simulator's clock is frozen, so a read returns exactly its current values (float32-exact).
        assertThat(sample.values()).containsOnlyKeys(simulator.currentValues().keySet());
        simulator.currentValues().forEach((obis, expected) ->
                assertThat(sample.values().get(obis)).as(obis).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-4)));
        assertThat(sample.values()).contains(entry("1.7.0", 2.4), entry("1.8.0", 12345.6));
        assertThat(next().sequence()).isGreaterThan(document.sequence());
    }

    @Test
    void em340_values_come_through_low_word_first() throws Exception {
        serve("carlo-gavazzi-em340");
        poll(PROFILES.require("carlo-gavazzi-em340"), 3);
        UplinkDocument.Sample sample = next().samples().get(0);
        assertThat(sample.values()).contains(entry("1.7.0", 2.4), entry("1.8.0", 12345.6), entry("14.7.0", 50.0));
        assertThat(sample.values().get("32.7.0")).isBetween(225.0, 235.0);
    }

    @Test
    void stopped_device_goes_offline_and_comes_back_online() throws Exception {
        serve("eastron-sdm120");
        poll(PROFILES.require("eastron-sdm120"), 2);
        assertThat(next().samples()).hasSize(1);

        simulator.stop();
        MeterEvent offline = nextEvent();
        assertThat(offline.code()).isEqualTo(EventCode.DEVICE_OFFLINE);
        assertThat(offline.meterId()).isEqualTo("meter-1");
        assertThat(offline.details()).contains("\"failures\":2").contains("\"port\":" + simulator.port());

        simulator.start();
        MeterEvent online = nextEvent();
        assertThat(online.code()).isEqualTo(EventCode.DEVICE_ONLINE);
        UplinkDocument after = next();
        assertThat(after.samples()).hasSize(1);
        assertThat(after.samples().get(0).values()).containsKey("1.8.0");
    }

    @Test
    void register_the_server_lacks_is_an_error_entry_not_a_crash() throws Exception {
        serve("eastron-sdm630");
        // 0x000C follows the currents without a gap, so it shares their request: the request fails with
        // exception 2 and the poller must fall back to reading the registers one by one.
        DeviceProfile extended = PROFILES.require("eastron-sdm630").withRegisters(List.of(
                new RegisterSpec("21.7.0", 4, 0x000C, DataType.FLOAT32, null, 0.001, null, "Phase 1 power"),
                new RegisterSpec("1.8.1", 4, 0x0156, DataType.FLOAT32, null, 1, null, "not served")));
        simulator.overrideWords("14.7.0", 0x7FC0, 0x0000);
        poll(extended, 3);
        UplinkDocument.Sample sample = next().samples().get(0);
        assertThat(sample.errors()).containsOnly(
                entry("21.7.0", "Modbus exception 2 (illegal data address)"),
                entry("1.8.1", "Modbus exception 2 (illegal data address)"),
                entry("14.7.0", "register 14.7.0 (FC4 0x0046): the meter sent NaN (not a number)"));
        assertThat(sample.values()).containsKeys("32.7.0", "52.7.0", "72.7.0", "31.7.0", "51.7.0", "71.7.0", "1.7.0", "1.8.0");
    }
}
