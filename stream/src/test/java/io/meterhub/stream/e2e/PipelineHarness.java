package io.meterhub.stream.e2e;

import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.stream.PipelineReadiness;
import io.meterhub.stream.StreamConfig;
import io.meterhub.testkit.TestServices;
import org.apache.flink.core.execution.JobClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The real pipeline against the real services: a fresh database, the local broker, the job on a
 * mini cluster in this JVM. Used by the end-to-end tests of every ingest path.
 */
final class PipelineHarness implements AutoCloseable {
    final String jdbcUrl;
    final Database database;
    final MqttUplinkPublisher publisher;
    final StreamConfig config;
    private final MqttIngestConfig mqtt;
    private final Path checkpoints;
    private JobClient job;

    PipelineHarness(String purpose) throws IOException {
        jdbcUrl = TestServices.freshDatabase(purpose);
        database = Database.open(StorageConfig.of(jdbcUrl));
        String unique = TestServices.uniqueSuffix();
        mqtt = new MqttIngestConfig(TestServices.mqttUri(), "mh-" + unique, "g-" + unique, null, null, 600);
        checkpoints = Files.createTempDirectory("meterhub-checkpoints-");
        publisher = new MqttUplinkPublisher(TestServices.mqttUri(), "sim-" + unique);
        config = StreamConfig.defaults(StorageConfig.of(jdbcUrl), mqtt).withCheckpointDirectory(checkpoints.toUri().toString());
    }

    /**
     * Starts the job once the registry is filled (again after {@link #stopJob()}: same broker
     * session, resumed from the newest checkpoint) and returns when its subscriber is in.
     */
    PipelineHarness start() throws Exception {
        job = MeterhubJob.start(config);
        PipelineReadiness.awaitSubscribed(database.dataSource(), (controller, payload) -> {
            publisher.publishRaw(controller, payload);
            publisher.flush();
        }, Duration.ofSeconds(60));
        return this;
    }

    /** Cancels the job as an operator or a crash would stop it; the broker keeps its session. */
    void stopJob() throws Exception {
        job.cancel().get();
        job = null;
    }

    void register(String organizationId, ZoneId zone, TariffZoneSchedule schedule, List<MeterInfo> meters) throws SQLException {
        MeterRegistry registry = new MeterRegistry(database.dataSource());
        registry.saveOrganization(new Organization(organizationId, "Test grid " + organizationId, "GRID_COMPANY", zone,
                schedule.equals(TariffZoneSchedule.threeZoneDefault()) ? TariffZoneSchedule.THREE_ZONES : TariffZoneSchedule.SINGLE_ZONE));
        registry.saveMeters(meters.stream().map(meter -> new MeterRegistration(meter, null, "simulated", meter.meterId())).toList());
    }

    long count(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    /** Hours follow the raw rows within a sink flush: waits until no hour changes for 1.5 s. */
    void awaitHoursSettled() throws InterruptedException {
        long previous = -1;
        while (true) {
            Thread.sleep(1_500);
            long changed = countQuietly("SELECT count(*) + coalesce(sum(extract(epoch FROM updated_at))::bigint, 0) FROM hourly_consumption");
            if (changed == previous) {
                return;
            }
            previous = changed;
        }
    }

    long countQuietly(String sql) {
        try {
            return count(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        publisher.close();
        if (job != null) {
            job.cancel().get();
        }
        database.close();
    }
}
