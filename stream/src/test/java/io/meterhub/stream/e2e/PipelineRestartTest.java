package io.meterhub.stream.e2e;

import io.meterhub.devices.simulator.Faults;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.FleetSpec;
import io.meterhub.devices.simulator.HourlyEnergy;
import io.meterhub.devices.simulator.Truth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline is stopped halfway and the controllers keep publishing: the broker holds their
 * messages for the pipeline's session, the restarted job resumes each register from its last
 * checkpoint, and nothing is lost or counted twice, not even the interval across the stop.
 */
class PipelineRestartTest {
    private static final Instant FROM = Instant.parse("2026-11-10T00:00:00Z");
    private static final Instant STOP = Instant.parse("2026-11-10T12:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-11T00:00:00Z");

    private static PipelineHarness pipeline;
    private static Truth truth;

    @BeforeAll
    static void publishAcrossARestart() throws Exception {
        pipeline = new PipelineHarness("e2e_restart");
        FleetSpec spec = FleetSpec.defaults().withSize(2, 4).withSeed(11);
        FleetSimulator simulator = new FleetSimulator(spec, Faults.none().withDelivery(0.1, 3, 0, Duration.ZERO));
        pipeline.register(spec.organizationId(), spec.zone(), spec.schedule(), simulator.meters());
        pipeline.start();

        simulator.replay(FROM, STOP, outgoing -> pipeline.publisher.publishRaw(outgoing.controllerId(), outgoing.payload()));
        pipeline.publisher.flush();
        long firstHalf = simulator.truth().expectedReadings();
        PipelineHarness.await("the first half to be stored", Duration.ofSeconds(60),
                () -> pipeline.countQuietly("SELECT count(*) FROM raw_reading") >= firstHalf);
        Thread.sleep(2_500); // let a checkpoint complete after the last rows, as a running pipeline would
        pipeline.stopJob();

        simulator.replay(STOP, TO, outgoing -> pipeline.publisher.publishRaw(outgoing.controllerId(), outgoing.payload()));
        pipeline.publisher.flush();
        truth = simulator.truth();
        assertThat(pipeline.count("SELECT count(*) FROM raw_reading")).as("nothing is stored while the pipeline is down").isEqualTo(firstHalf);

        pipeline.start();
        PipelineHarness.await("the second half to be stored", Duration.ofSeconds(60),
                () -> pipeline.countQuietly("SELECT count(*) FROM raw_reading") >= truth.expectedReadings());
        pipeline.awaitHoursSettled();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void every_reading_published_while_the_pipeline_was_down_is_stored_once() throws SQLException {
        assertThat(pipeline.count("SELECT count(*) FROM raw_reading")).isEqualTo(truth.expectedReadings());
    }

    @Test
    void every_hour_equals_the_truth_including_the_interval_across_the_restart() throws SQLException {
        Map<String, Double> stored = new HashMap<>();
        try (Connection connection = pipeline.database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT meter_id, obis, (extract(epoch FROM hour_start) * 1000)::bigint, kwh FROM hourly_consumption")) {
            while (rows.next()) {
                stored.put(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getLong(3), rows.getDouble(4));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (HourlyEnergy hour : truth.hourly()) {
            double actual = stored.getOrDefault(hour.meterId() + "|" + hour.obis() + "|" + hour.hourStart(), 0.0);
            if (Math.abs(actual - hour.kwh()) > 1e-6) {
                wrong.add(hour + " stored " + actual);
            }
        }
        assertThat(truth.hourly()).anySatisfy(hour -> assertThat(hour.hourStart()).isEqualTo(STOP.toEpochMilli()));
        assertThat(wrong).isEmpty();
    }
}
