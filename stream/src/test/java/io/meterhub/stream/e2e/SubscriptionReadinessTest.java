package io.meterhub.stream.e2e;

import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.testkit.TestServices;
import org.apache.flink.core.execution.JobClient;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * On a session the broker has never seen, whatever is published before the subscription is
 * acknowledged is dropped: so the job is only reported started once every reader's SUBACK is in.
 */
class SubscriptionReadinessTest {

    @Test
    void a_document_published_the_moment_the_job_is_reported_started_on_a_brand_new_session_is_received() throws Exception {
        String controller = "first-words-" + TestServices.uniqueSuffix();
        byte[] document = ("{\"v\":1,\"readings\":[{\"meter\":\"no-such-meter\",\"ts\":\"" + Instant.now()
                + "\",\"values\":{\"1.8.0\":1}}]}").getBytes(StandardCharsets.UTF_8);
        try (PipelineHarness pipeline = new PipelineHarness("readiness")) {
            // Not pipeline.start(): it waits for a probe, which would hide a start that returns too early.
            JobClient job = MeterhubJob.start(pipeline.config.withParallelism(2));
            try {
                pipeline.publisher.publishRaw(controller, document);
                pipeline.publisher.flush();

                String quarantined = "SELECT count(*) FROM quarantine WHERE source = '" + MqttUplinkPublisher.uplinkTopic(controller) + "'";
                PipelineHarness.await("the document published right after the start to reach quarantine", Duration.ofSeconds(20),
                        () -> pipeline.countQuietly(quarantined) > 0);
            } finally {
                job.cancel().get();
            }
        }
    }
}
