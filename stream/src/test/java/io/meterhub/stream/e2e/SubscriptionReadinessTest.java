package io.meterhub.stream.e2e;

import io.meterhub.devices.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.stream.StreamConfig;
import io.meterhub.testkit.TestServices;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * On a session the broker has never seen, whatever is published before the subscription is
 * acknowledged is dropped: so the job is only reported started once every reader's SUBACK is in.
 */
class SubscriptionReadinessTest {

    @Test
    void a_document_published_the_moment_the_job_is_reported_started_on_a_brand_new_session_is_received() throws Exception {
        String jdbcUrl = TestServices.freshDatabase("readiness");
        String unique = TestServices.uniqueSuffix();
        MqttIngestConfig mqtt = new MqttIngestConfig(TestServices.mqttUri(), "ready-" + unique, "ready-" + unique, null, null, 600);
        StreamConfig config = StreamConfig.defaults(StorageConfig.of(jdbcUrl), mqtt).withParallelism(2);
        String controller = "first-words-" + unique;
        byte[] document = ("{\"v\":1,\"readings\":[{\"meter\":\"no-such-meter\",\"ts\":\"" + Instant.now()
                + "\",\"values\":{\"1.8.0\":1}}]}").getBytes(StandardCharsets.UTF_8);
        try (Database database = Database.open(StorageConfig.of(jdbcUrl));
             MqttUplinkPublisher publisher = new MqttUplinkPublisher(TestServices.mqttUri(), "sim-" + unique)) {
            JobClient job = MeterhubJob.start(config);
            try {
                publisher.publishRaw(controller, document);
                publisher.flush();

                PipelineHarness.await("the document published right after the start to reach quarantine", Duration.ofSeconds(20),
                        () -> quarantined(database, MqttUplinkPublisher.uplinkTopic(controller)));
            } finally {
                job.cancel().get();
            }
        }
    }

    private static boolean quarantined(Database database, String topic) {
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM quarantine WHERE source = ?)")) {
            statement.setString(1, topic);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
