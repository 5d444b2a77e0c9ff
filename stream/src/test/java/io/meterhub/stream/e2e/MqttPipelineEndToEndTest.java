package io.meterhub.stream.e2e;

import io.meterhub.devices.simulator.DailyEnergy;
import io.meterhub.devices.simulator.Faults;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.FleetSpec;
import io.meterhub.devices.simulator.HourlyEnergy;
import io.meterhub.devices.simulator.Truth;
import io.meterhub.protocols.telemetry.MeterEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simulated controllers with every fault switched on publish two days to the real broker; the
 * pipeline must store exactly what the simulator knows it sent.
 */
class MqttPipelineEndToEndTest {
    private static final double TOLERANCE_KWH = 1e-6;
    // A week back from today, so that the simulator's "+30 days" items are in the future on any day the test runs.
    private static final Instant FROM = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(7)).plus(Duration.ofHours(18));
    private static final Instant TO = FROM.plus(Duration.ofHours(52));

    private static PipelineHarness pipeline;
    private static FleetSimulator simulator;
    private static Truth truth;

    @BeforeAll
    static void publishTwoDaysWithEveryFault() throws Exception {
        pipeline = new PipelineHarness("e2e_mqtt");
        FleetSpec spec = FleetSpec.defaults().withSize(4, 6).withSeed(2026);
        Faults faults = Faults.typical()
                .withDelivery(0.1, 6, 0.05, Duration.ofHours(3))
                .withRegisterFaults(0.002, 2, 1.5)
                .withMalformed(0.02, 0.02, 0.05)
                .withEvents(0.003);
        simulator = new FleetSimulator(spec, faults);
        pipeline.register(spec.organizationId(), spec.zone(), spec.schedule(), simulator.meters());
        pipeline.start();
        long started = System.nanoTime();
        simulator.replay(FROM, TO, outgoing -> pipeline.publisher.publishRaw(outgoing.controllerId(), outgoing.payload()));
        pipeline.publisher.flush();
        truth = simulator.truth();
        assertThat(truth.counterResets()).as("the run must contain a meter replacement").isNotEmpty();
        assertThat(truth.rollovers()).as("the run must contain a register rollover").isNotEmpty();
        assertThat(truth.expectedQuarantine()).as("the run must contain malformed input").isGreaterThan(5);

        PipelineHarness.await("every reading and malformed item to be stored", Duration.ofSeconds(120), () ->
                pipeline.countQuietly("SELECT count(*) FROM raw_reading") >= truth.expectedReadings()
                        && pipeline.countQuietly("SELECT count(*) FROM quarantine WHERE source LIKE 'meterhub/v1/CTL-%'") >= truth.expectedQuarantine());
        System.out.printf("e2e: %d payloads, %d readings stored %.0f ms after the first publish%n",
                truth.payloadsSent(), truth.expectedReadings(), (System.nanoTime() - started) / 1e6);
        pipeline.awaitHoursSettled();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void every_valid_reading_is_stored_once() throws SQLException {
        assertThat(pipeline.count("SELECT count(*) FROM raw_reading")).isEqualTo(truth.expectedReadings());
    }

    @Test
    void hourly_consumption_of_every_register_equals_the_truth_for_every_meter_and_hour() throws SQLException {
        Map<String, Double> stored = storedHours();
        List<String> wrong = new ArrayList<>();
        int compared = 0;
        for (HourlyEnergy hour : truth.hourly()) {
            compared++;
            double actual = stored.getOrDefault(hour.meterId() + "|" + hour.obis() + "|" + hour.hourStart(), 0.0);
            if (Math.abs(actual - hour.kwh()) > TOLERANCE_KWH) {
                wrong.add(hour + " stored " + actual);
            }
        }
        assertThat(compared).isGreaterThan(4 * 6 * 48);
        assertThat(wrong).isEmpty();
    }

    @Test
    void no_hour_is_stored_that_the_simulator_did_not_consume() throws SQLException {
        Set<String> truthKeys = new HashSet<>();
        truth.hourly().forEach(hour -> truthKeys.add(hour.meterId() + "|" + hour.obis() + "|" + hour.hourStart()));
        List<String> extra = new ArrayList<>();
        storedHours().forEach((key, kwh) -> {
            if (!truthKeys.contains(key) && Math.abs(kwh) > TOLERANCE_KWH) {
                extra.add(key + "=" + kwh);
            }
        });
        assertThat(extra).isEmpty();
    }

    @Test
    void daily_consumption_of_every_register_equals_the_truth_per_local_day() throws SQLException {
        Map<String, Double> stored = new HashMap<>();
        String sql = "SELECT meter_id, obis, (hour_start AT TIME ZONE 'Europe/Samara')::date, sum(kwh) FROM hourly_consumption GROUP BY 1, 2, 3";
        try (Connection connection = pipeline.database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                stored.put(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getObject(3, LocalDate.class), rows.getDouble(4));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (DailyEnergy day : truth.daily()) {
            double actual = stored.getOrDefault(day.meterId() + "|" + day.obis() + "|" + day.day(), 0.0);
            if (Math.abs(actual - day.kwh()) > TOLERANCE_KWH) {
                wrong.add(day + " stored " + actual);
            }
        }
        assertThat(truth.daily()).isNotEmpty();
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_quarantine_holds_exactly_the_malformed_items_with_reasons_and_payloads() throws SQLException {
        assertThat(pipeline.count("SELECT count(*) FROM quarantine WHERE source LIKE 'meterhub/v1/CTL-%'")).isEqualTo(truth.expectedQuarantine());
        assertThat(pipeline.count("SELECT count(*) FROM quarantine WHERE source = 'pipeline'")).isZero();
        assertThat(pipeline.count("SELECT count(*) FROM quarantine WHERE reason = '' OR payload = ''")).isZero();
    }

    @Test
    void reported_events_are_stored_once_and_resets_and_rollovers_are_raised() throws SQLException {
        Set<String> sent = new HashSet<>();
        for (MeterEvent event : truth.events()) {
            sent.add(event.meterId() + "|" + event.timestamp() + "|" + event.code());
        }
        Set<String> stored = new HashSet<>();
        try (Connection connection = pipeline.database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT meter_id, (extract(epoch FROM ts) * 1000)::bigint, code FROM meter_event WHERE code NOT IN ('COUNTER_RESET', 'REGISTER_ROLLOVER')");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                stored.add(rows.getString(1) + "|" + rows.getLong(2) + "|" + rows.getString(3));
            }
        }
        assertThat(stored).isEqualTo(sent);
        Set<String> resetMeters = new HashSet<>();
        truth.counterResets().forEach(reset -> resetMeters.add(reset.meterId()));
        assertThat(pipeline.count("SELECT count(DISTINCT meter_id) FROM meter_event WHERE code = 'COUNTER_RESET'")).isEqualTo(resetMeters.size());
        assertThat(pipeline.count("SELECT count(*) FROM meter_event WHERE code = 'REGISTER_ROLLOVER'")).isGreaterThan(0);
    }

    @Test
    void every_meter_replacement_and_tamper_event_is_an_anomaly() throws SQLException {
        // The reading detectors judge a moment once the watermark (the newest reading less the
        // allowed out-of-orderness) is the recompute horizon past it; a reset whose next reading
        // falls in the run's last hours is not judged until more data comes (docs/anomalies.md).
        long newest = pipeline.count("SELECT (extract(epoch FROM max(ts)) * 1000)::bigint FROM raw_reading");
        long watermark = newest - pipeline.config.outOfOrderness().toMillis();
        long lastJudged = watermark - pipeline.config.recomputeHorizon().toMillis();
        long interval = simulator.spec().interval().toMillis();
        Set<String> judged = new HashSet<>();
        truth.counterResets().stream().filter(reset -> reset.afterReadingAt() + interval <= lastJudged)
                .forEach(reset -> judged.add(reset.meterId()));
        assertThat(judged).as("resets before %s, the last moment judged", Instant.ofEpochMilli(lastJudged)).isNotEmpty();
        for (String meter : judged) {
            assertThat(pipeline.count("SELECT count(*) FROM anomaly WHERE kind = 'REGISTER_DECREASE' AND meter_id = '" + meter + "'"))
                    .as("register decrease of the replaced meter %s", meter).isGreaterThan(0);
        }
        long tamperEvents = truth.events().stream().filter(event -> event.code().name().equals("COVER_OPEN")
                || event.code().name().equals("MAGNETIC_FIELD")).count();
        if (tamperEvents > 0) {
            assertThat(pipeline.count("SELECT count(*) FROM anomaly WHERE kind = 'TAMPER_EVENT' AND severity = 'HIGH'")).isGreaterThan(0);
        }
        assertThat(pipeline.count("SELECT count(*) FROM anomaly WHERE kind = 'REGISTER_DECREASE' AND meter_id NOT IN ("
                + String.join(",", truth.counterResets().stream().map(reset -> "'" + reset.meterId() + "'").toList()) + ")"))
                .as("no register decrease where no meter was replaced").isZero();
    }

    private static Map<String, Double> storedHours() throws SQLException {
        Map<String, Double> stored = new HashMap<>();
        try (Connection connection = pipeline.database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT meter_id, obis, (extract(epoch FROM hour_start) * 1000)::bigint, kwh FROM hourly_consumption")) {
            while (rows.next()) {
                stored.put(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getLong(3), rows.getDouble(4));
            }
        }
        return stored;
    }
}
