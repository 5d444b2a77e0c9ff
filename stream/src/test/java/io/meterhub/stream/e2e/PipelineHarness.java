package io.meterhub.stream.e2e;

import io.meterhub.devices.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.meter.TariffZoneSchedule;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.registry.MeterRegistration;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.stream.StreamConfig;
import io.meterhub.testkit.TestServices;
import org.apache.flink.core.execution.JobClient;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
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
    MqttUplinkPublisher publisher;
    private JobClient job;

    PipelineHarness(String purpose) {
        jdbcUrl = TestServices.freshDatabase(purpose);
        database = Database.open(StorageConfig.of(jdbcUrl));
    }

    /** Starts the job once the registry is filled, and returns when its subscriber is in. */
    PipelineHarness start() throws Exception {
        String unique = TestServices.uniqueSuffix();
        MqttIngestConfig mqtt = new MqttIngestConfig(TestServices.mqttUri(), "mh-" + unique, "g-" + unique, null, null, 600);
        job = MeterhubJob.start(StreamConfig.defaults(StorageConfig.of(jdbcUrl), mqtt));
        publisher = new MqttUplinkPublisher(TestServices.mqttUri(), "sim-" + unique);
        awaitSubscribed();
        return this;
    }

    void register(String organizationId, ZoneId zone, TariffZoneSchedule schedule, List<MeterInfo> meters) throws SQLException {
        MeterRegistry registry = new MeterRegistry(database.dataSource());
        registry.saveOrganization(new Organization(organizationId, "Test grid " + organizationId, "GRID_COMPANY", zone,
                schedule.equals(TariffZoneSchedule.threeZoneDefault()) ? TariffZoneSchedule.THREE_ZONES : TariffZoneSchedule.SINGLE_ZONE));
        registry.saveMeters(meters.stream().map(meter -> new MeterRegistration(meter, null, "simulated", meter.meterId())).toList());
    }

    /**
     * A shared subscription with no subscriber drops messages, so nothing is published before the
     * job's subscriber is in: a probe for an unknown meter is sent until its quarantine row appears.
     */
    private void awaitSubscribed() throws Exception {
        byte[] probe = ("{\"v\":1,\"readings\":[{\"meter\":\"PROBE\",\"ts\":\"" + Instant.now() + "\",\"values\":{\"1.8.0\":1}}]}")
                .getBytes(StandardCharsets.UTF_8);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            publisher.publishRaw("PROBE", probe);
            publisher.flush();
            Thread.sleep(500);
            if (count("SELECT count(*) FROM quarantine WHERE source = 'meterhub/v1/PROBE/up'") > 0) {
                return;
            }
        }
        throw new AssertionError("the pipeline did not subscribe within 60 s");
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

    long countQuietly(String sql) {
        try {
            return count(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (publisher != null) {
            publisher.close();
        }
        if (job != null) {
            job.cancel().get();
        }
        database.close();
    }
}
