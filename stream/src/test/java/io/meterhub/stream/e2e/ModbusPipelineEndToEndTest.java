package io.meterhub.stream.e2e;

import io.meterhub.devices.modbus.MeterBehaviour;
import io.meterhub.devices.modbus.ModbusMeterSimulator;
import io.meterhub.protocols.modbus.profile.DeviceProfiles;
import io.meterhub.ingest.modbus.ModbusPoller;
import io.meterhub.ingest.modbus.ModbusPollerConfig;
import io.meterhub.ingest.modbus.PolledDevice;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.protocols.modbus.DataType;
import io.meterhub.protocols.modbus.DeviceProfile;
import io.meterhub.protocols.modbus.RegisterDecoder;
import io.meterhub.protocols.modbus.RegisterEncoder;
import io.meterhub.protocols.modbus.RegisterSpec;
import io.meterhub.protocols.telemetry.UplinkDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Simulated SDM630 and EM340 meters served over Modbus TCP, polled by the product's gateway
 * ({@link ModbusPoller}) which publishes to the real broker as an MQTT controller; the real job
 * must store exactly the values the meters served, quarantine the register the SDM630 does not
 * serve, and record the EM340 going offline and coming back.
 *
 * <p>Each meter shares its poller's clock: a meter computes its registers at the instant the
 * poller stamps the sample with, so the value every row must hold is known exactly (a twin
 * simulator replays the same instants; the profile's encoding is applied to its values).
 */
class ModbusPipelineEndToEndTest {
    private static final DeviceProfiles PROFILES = DeviceProfiles.builtIn();
    private static final DeviceProfile SDM630 = PROFILES.require("eastron-sdm630");
    private static final DeviceProfile EM340 = PROFILES.require("carlo-gavazzi-em340");
    /** SDM630 input register 30013, "Phase 1 power": real, but absent from the simulator's map, so the meter answers exception 2. */
    private static final RegisterSpec UNSERVED = new RegisterSpec("21.7.0", RegisterSpec.READ_INPUT_REGISTERS, 0x000C,
            DataType.FLOAT32, null, 0.001, null, "Phase 1 power, W (30013)");

    private static final ZoneId ZONE = ZoneId.of("Europe/Samara");
    private static final TariffZoneSchedule THREE_ZONES = TariffZoneSchedule.threeZoneDefault();
    private static final String SDM_METER = "MB-SDM630-1";
    private static final String EM_METER = "MB-EM340-2";
    private static final String SDM_GATEWAY = "MB-GW-SDM";
    private static final String EM_GATEWAY = "MB-GW-EM";
    /** 36 kW: the import counter moves 0.01 kWh a second, about ten float32 steps at 12 345 kWh. */
    private static final MeterBehaviour SDM_LOAD = MeterBehaviour.typical().withPowerKw(36.0);
    private static final MeterBehaviour EM_LOAD = MeterBehaviour.typical().withPowerKw(7.2).withImportKwhAtStart(4_321.0);
    private static final Duration INTERVAL = Duration.ofMillis(500);
    private static final int SDM_POLLS = 8;
    private static final int EM_POLLS = 4;
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static PipelineHarness pipeline;
    private static final ConcurrentLinkedQueue<UplinkDocument> published = new ConcurrentLinkedQueue<>();
    private static final SharedClock sdmClock = new SharedClock();
    private static final SharedClock emClock = new SharedClock();
    private static long sdmStart;
    private static long emStart;
    private static ModbusMeterSimulator sdmMeter;
    private static ModbusMeterSimulator emMeter;
    private static ModbusPoller sdmGateway;
    private static ModbusPoller emGateway;
    /** The SDM630's polls, all of them: its gateway is closed before the tests run. */
    private static List<UplinkDocument.Sample> sdmSamples;
    /** The EM340's first polls, taken before any test stops its meter. */
    private static List<UplinkDocument.Sample> emSamples;

    @BeforeAll
    static void pollBothMetersIntoThePipeline() throws Exception {
        pipeline = new PipelineHarness("e2e_modbus");
        pipeline.register("ORG-MB-3Z", ZONE, THREE_ZONES, List.of(new MeterInfo(SDM_METER, "ORG-MB-3Z", ZONE, THREE_ZONES, 6, 0, 1)));
        pipeline.register("ORG-MB-1Z", ZONE, TariffZoneSchedule.singleZone(),
                List.of(new MeterInfo(EM_METER, "ORG-MB-1Z", ZONE, TariffZoneSchedule.singleZone(), 7, 0, 1)));

        sdmStart = sdmClock.meter();
        sdmMeter = new ModbusMeterSimulator(SDM630, 1, InetAddress.getLoopbackAddress(), 0, SDM_LOAD, sdmClock::meter).start();
        emStart = emClock.meter();
        emMeter = new ModbusMeterSimulator(EM340, 2, InetAddress.getLoopbackAddress(), 0, EM_LOAD, emClock::meter).start();

        pipeline.start();
        // One gateway per meter, so that each gateway's clock is its meter's clock.
        sdmGateway = new ModbusPoller(new ModbusPollerConfig(List.of(new PolledDevice(SDM_METER, SDM_GATEWAY, "127.0.0.1",
                sdmMeter.port(), 1, SDM630.withRegisters(List.of(UNSERVED)), INTERVAL)), 500, 2, 100, 400),
                ModbusPipelineEndToEndTest::publish, sdmClock::gateway).start();
        emGateway = new ModbusPoller(new ModbusPollerConfig(List.of(new PolledDevice(EM_METER, EM_GATEWAY, "127.0.0.1",
                emMeter.port(), 2, EM340, INTERVAL)), 500, 2, 100, 400),
                ModbusPipelineEndToEndTest::publish, emClock::gateway).start();

        PipelineHarness.await(SDM_POLLS + " SDM630 and " + EM_POLLS + " EM340 polls", WAIT,
                () -> samples(SDM_METER).size() >= SDM_POLLS && samples(EM_METER).size() >= EM_POLLS);
        sdmGateway.close();
        emSamples = samples(EM_METER);
        sdmSamples = samples(SDM_METER);
        synchronized (pipeline.publisher) {
            pipeline.publisher.flush();
        }
        int rows = sdmSamples.size() * SDM630.registers().size();
        PipelineHarness.await(rows + " raw SDM630 rows", WAIT,
                () -> pipeline.countQuietly("SELECT count(*) FROM raw_reading WHERE meter_id = '" + SDM_METER + "'") >= rows);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{sdmGateway, emGateway, sdmMeter, emMeter, pipeline}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void polled_sdm630_registers_land_as_raw_readings_and_hourly_consumption() throws Exception {
        assertThat(sdmSamples).hasSizeGreaterThanOrEqualTo(SDM_POLLS);
        Map<String, Double> expected = servedValues(SDM630, SDM_LOAD, sdmStart, sdmSamples);
        Map<String, Double> polled = new TreeMap<>();
        sdmSamples.forEach(sample -> sample.values().forEach((obis, value) -> polled.put(key(obis, sample.timestamp()), value)));
        assertThat(polled).as("what the gateway read is what the meter served").isEqualTo(expected);
        Map<String, Double> stored = storedValues(SDM_METER, Long.MAX_VALUE);
        assertThat(stored).as("every register of the profile at every poll, stored once with the served value").isEqualTo(expected);

        // Consistent with the meter's physics, whatever the arithmetic above.
        for (String obis : List.of("1.8.0", "3.8.0")) {
            List<Double> series = series(SDM_METER, obis);
            for (int i = 1; i < series.size(); i++) {
                assertThat(series.get(i)).as(obis + " row " + i + " never decreases").isGreaterThanOrEqualTo(series.get(i - 1));
            }
        }
        List<Double> imported = series(SDM_METER, "1.8.0");
        assertThat(imported.get(imported.size() - 1) - imported.get(0)).as("the import counter advanced").isGreaterThan(0.02);
        for (String obis : List.of("32.7.0", "52.7.0", "72.7.0")) {
            assertThat(series(SDM_METER, obis)).as(obis).allSatisfy(volts -> assertThat(volts).isBetween(227.0, 233.5));
        }
        assertThat(series(SDM_METER, "14.7.0")).allSatisfy(hz -> assertThat(hz).isCloseTo(50.0, within(0.021)));
        assertThat(series(SDM_METER, "1.7.0")).containsOnly(36.0);
        assertThat(series(SDM_METER, "2.8.0")).containsOnly(0.0);

        // The hours of a cumulative register add up to its last raw value minus its first.
        for (String obis : List.of("1.8.0", "2.8.0", "3.8.0", "4.8.0")) {
            List<Double> raw = series(SDM_METER, obis);
            double difference = raw.get(raw.size() - 1) - raw.get(0);
            eventually("hourly " + obis + " of " + SDM_METER + " to sum to " + difference, () ->
                    assertThat(hourlySum(SDM_METER, obis)).as("sum of hourly " + obis).isCloseTo(difference, within(1e-6)));
        }
        long firstHour = Math.floorDiv(sdmSamples.get(0).timestamp(), 3_600_000L) * 3_600_000L;
        long lastTs = sdmSamples.get(sdmSamples.size() - 1).timestamp();
        for (Object[] hour : query("SELECT (extract(epoch FROM hour_start) * 1000)::bigint, zone, final FROM hourly_consumption "
                + "WHERE meter_id = ? AND obis = '1.8.0'", SDM_METER)) {
            long hourStart = (Long) hour[0];
            assertThat(hourStart).as("an hour the polls touched").isBetween(firstHour, lastTs);
            int localHour = Instant.ofEpochMilli(hourStart).atZone(ZONE).getHour();
            assertThat(((Number) hour[1]).intValue()).as("zone of the hour starting " + Instant.ofEpochMilli(hourStart))
                    .isEqualTo(THREE_ZONES.zoneAt(localHour));
            assertThat((Boolean) hour[2]).as("an hour still inside the out-of-orderness bound is not final").isFalse();
        }
    }

    @Test
    void polled_em340_registers_decoded_low_word_first_land_with_the_values_it_served() throws Exception {
        assertThat(emSamples).hasSizeGreaterThanOrEqualTo(EM_POLLS);
        Map<String, Double> expected = servedValues(EM340, EM_LOAD, emStart, emSamples);
        long last = emSamples.get(emSamples.size() - 1).timestamp();
        eventually("the first " + emSamples.size() + " EM340 polls to be stored", () ->
                assertThat(storedValues(EM_METER, last)).isEqualTo(expected));
        assertThat(expected).containsEntry(key("1.7.0", emSamples.get(0).timestamp()), 7.2);
        assertThat(emSamples).allSatisfy(sample -> assertThat(sample.errors()).isEmpty());
    }

    @Test
    void a_register_the_meter_does_not_serve_is_quarantined_with_its_modbus_exception_and_the_rest_of_the_poll_is_stored()
            throws Exception {
        String source = "meterhub/v1/" + SDM_GATEWAY + "/up";
        eventually("the missing 21.7.0 quarantined once", () -> assertThat(
                pipeline.count("SELECT count(*) FROM quarantine WHERE source = '" + source + "'")).isEqualTo(1));
        List<Object[]> rows = query("SELECT pointer, reason, item::jsonb ->> 'meter', item::jsonb ->> 'ts', item::jsonb ->> 'obis', payload "
                + "FROM quarantine WHERE source = ?", source);
        assertThat(rows).hasSize(1);
        Object[] row = rows.get(0);
        assertThat(row[0]).isEqualTo("/readings/0/errors/21.7.0");
        assertThat((String) row[1]).contains("21.7.0").contains("Modbus exception 2 (illegal data address)");
        assertThat(row[2]).isEqualTo(SDM_METER);
        assertThat(row[4]).isEqualTo("21.7.0");
        assertThat((String) row[5]).as("the whole document is kept").contains("\"31.7.0\"").contains("\"1.8.0\"");
        assertThat(Instant.parse((String) row[3]).toEpochMilli()).as("reported by the first poll").isEqualTo(sdmSamples.get(0).timestamp());
        assertThat(sdmSamples.get(0).errors()).containsOnlyKeys("21.7.0");
        assertThat(sdmSamples.subList(1, sdmSamples.size())).as("then left out of the reads, not reported every poll")
                .allSatisfy(sample -> assertThat(sample.errors()).isEmpty());
        Set<Long> polledAt = new TreeSet<>();
        sdmSamples.forEach(sample -> polledAt.add(sample.timestamp()));

        // The request holding 21.7.0 also held the voltages and currents: they were read one by one and kept.
        Map<String, Double> stored = storedValues(SDM_METER, Long.MAX_VALUE);
        for (long ts : polledAt) {
            for (RegisterSpec register : SDM630.registers()) {
                assertThat(stored).as("%s of the poll at %s", register.obis(), Instant.ofEpochMilli(ts))
                        .containsKey(key(register.obis(), ts));
            }
        }
        assertThat(pipeline.count("SELECT count(*) FROM raw_reading WHERE obis = '21.7.0'")).isZero();
        assertThat(pipeline.count("SELECT count(*) FROM quarantine WHERE source IN ('pipeline', 'meterhub/v1/" + EM_GATEWAY + "/up')"))
                .as("nothing else of the polls is quarantined: no conflicting or late reading, no EM340 register").isZero();
    }

    @Test
    void a_stopped_meter_is_reported_offline_and_online_again_once_it_answers() throws Exception {
        eventually("EM340 rows before the stop", () ->
                assertThat(pipeline.count("SELECT count(*) FROM raw_reading WHERE meter_id = '" + EM_METER + "'")).isPositive());
        long stoppedAt = System.currentTimeMillis();
        emMeter.stop();
        eventually("DEVICE_OFFLINE for " + EM_METER, () -> assertThat(events("DEVICE_OFFLINE")).hasSize(1));
        Object[] offline = events("DEVICE_OFFLINE").get(0);
        long offlineAt = (Long) offline[0];
        assertThat(offlineAt).isGreaterThanOrEqualTo(stoppedAt);
        assertThat((String) offline[1]).contains("\"failures\": 2").contains("\"port\": " + emMeter.port()).contains("\"unit\": 2")
                .contains("\"profile\": \"carlo-gavazzi-em340\"").contains("no answer from Modbus device");

        long restartedAt = System.currentTimeMillis();
        emMeter.start();
        eventually("DEVICE_ONLINE for " + EM_METER, () -> assertThat(events("DEVICE_ONLINE")).hasSize(1));
        long onlineAt = (Long) events("DEVICE_ONLINE").get(0)[0];
        // A poll stamps its sample before it connects: allow the moment between that and the connection.
        assertThat(onlineAt).isGreaterThan(offlineAt).isGreaterThanOrEqualTo(restartedAt - 50);
        assertThat(events("DEVICE_OFFLINE")).as("offline is reported once per outage").hasSize(1);
        // The poll that found the meter back is stored, and nothing was stored while it was away.
        eventually("the EM340 reading at its DEVICE_ONLINE instant", () -> assertThat(pipeline.count(
                "SELECT count(*) FROM raw_reading WHERE meter_id = '" + EM_METER + "' AND obis = '1.8.0' AND ts = "
                        + "timestamptz 'epoch' + " + onlineAt + " * interval '1 millisecond'")).isEqualTo(1));
        assertThat(pipeline.count("SELECT count(*) FROM raw_reading WHERE meter_id = '" + EM_METER + "' AND ts > timestamptz 'epoch' + "
                + offlineAt + " * interval '1 millisecond' AND ts < timestamptz 'epoch' + " + onlineAt + " * interval '1 millisecond'"))
                .isZero();
        assertThat(pipeline.count("SELECT count(*) FROM meter_event WHERE code IN ('COUNTER_RESET', 'REGISTER_ROLLOVER')"))
                .as("the counter kept counting across the outage").isZero();
    }

    // ---------------------------------------------------------------------------------------------

    /** The gateways' sink: records what they published. Two gateways share a publisher that is not safe for concurrent callers. */
    private static void publish(UplinkDocument document) {
        synchronized (pipeline.publisher) {
            pipeline.publisher.publish(document);
        }
        published.add(document);
    }

    private static List<UplinkDocument.Sample> samples(String meterId) {
        List<UplinkDocument.Sample> samples = new ArrayList<>();
        for (UplinkDocument document : published) {
            document.samples().stream().filter(sample -> sample.meterId().equals(meterId)).forEach(samples::add);
        }
        return samples;
    }

    /**
     * What a meter served at each poll, in wire precision: a twin simulator goes through the same
     * instants as the served one and its values are encoded and decoded as the profile says.
     */
    private static Map<String, Double> servedValues(DeviceProfile profile, MeterBehaviour behaviour, long start,
                                                    List<UplinkDocument.Sample> samples) {
        AtomicLong clock = new AtomicLong(start);
        ModbusMeterSimulator twin = new ModbusMeterSimulator(profile, 1, InetAddress.getLoopbackAddress(), 0, behaviour, clock::get);
        Map<String, Double> expected = new TreeMap<>();
        for (UplinkDocument.Sample sample : samples) {
            clock.set(sample.timestamp());
            Map<String, Double> values = twin.currentValues();
            for (RegisterSpec register : profile.registers()) {
                double wire = RegisterDecoder.decode(register, RegisterEncoder.encode(register, values.get(register.obis())));
                expected.put(key(register.obis(), sample.timestamp()), wire);
            }
        }
        return expected;
    }

    private static String key(String obis, long timestamp) {
        return obis + "@" + Instant.ofEpochMilli(timestamp);
    }

    private static Map<String, Double> storedValues(String meterId, long untilMillis) throws SQLException {
        Map<String, Double> stored = new TreeMap<>();
        for (Object[] row : query("SELECT obis, (extract(epoch FROM ts) * 1000)::bigint, value FROM raw_reading WHERE meter_id = ?", meterId)) {
            if ((Long) row[1] <= untilMillis) {
                stored.put(key((String) row[0], (Long) row[1]), (Double) row[2]);
            }
        }
        return stored;
    }

    private static List<Double> series(String meterId, String obis) throws SQLException {
        List<Double> values = new ArrayList<>();
        query("SELECT value FROM raw_reading WHERE meter_id = ? AND obis = ? ORDER BY ts", meterId, obis)
                .forEach(row -> values.add((Double) row[0]));
        assertThat(values).as(obis + " of " + meterId).isNotEmpty();
        return values;
    }

    private static double hourlySum(String meterId, String obis) throws SQLException {
        return (Double) query("SELECT coalesce(sum(kwh), 0)::float8 FROM hourly_consumption WHERE meter_id = ? AND obis = ?",
                meterId, obis).get(0)[0];
    }

    private static List<Object[]> events(String code) throws SQLException {
        return query("SELECT (extract(epoch FROM ts) * 1000)::bigint, details::text FROM meter_event WHERE meter_id = ? AND code = ?",
                EM_METER, code);
    }

    private static List<Object[]> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = pipeline.database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = result.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private interface Check {
        void run() throws Exception;
    }

    /** Retries an assertion until it holds, at most {@link #WAIT}; the last failure is what is reported. */
    private static void eventually(String what, Check check) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("still not true after " + WAIT.toSeconds() + " s: " + what + "\n" + e.getMessage(), e);
                }
            }
            Thread.sleep(200);
        }
    }

    /**
     * A gateway's clock that its meter reads too: the meter computes its registers at the instant
     * the gateway stamped the poll with (the gateway reads the clock, then sends its requests).
     */
    private static final class SharedClock {
        private final AtomicLong lastRead = new AtomicLong(System.currentTimeMillis());

        long gateway() {
            long now = System.currentTimeMillis();
            lastRead.set(now);
            return now;
        }

        long meter() {
            return lastRead.get();
        }
    }
}
