package io.meterhub.app;

import io.meterhub.ingest.mqtt.MqttIngestConfig;
import io.meterhub.storage.DatabaseIdentity;
import io.meterhub.storage.StorageConfig;
import io.meterhub.stream.StreamConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StreamCommandTest {
    @TempDir
    Path checkpoints;

    @Test
    void checkpoints_of_another_database_end_the_command_with_one_line_naming_both_and_a_non_zero_code() throws Exception {
        // Checkpoints of a database on another cluster, as after a restore onto a new server.
        DatabaseIdentity otherIdentity = new DatabaseIdentity("7000000000000000001", "meterhub");
        StorageConfig target = StorageConfig.of(TestServices.freshDatabase("stream_cli"));
        Files.writeString(checkpoints.resolve("database-identity"), otherIdentity.stamp() + "\n");
        StreamConfig config = StreamConfig.defaults(target, MqttIngestConfig.of(TestServices.mqttUri(), "stream-cli-" + TestServices.uniqueSuffix()))
                .withCheckpointDirectory(checkpoints.toUri().toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = StreamCommand.run(config, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String refusal = err.toString(StandardCharsets.UTF_8);
        assertThat(code).isNotZero();
        assertThat(refusal.strip()).doesNotContain("\n").contains(otherIdentity.toString()).contains(DatabaseIdentity.of(target).toString())
                .contains("MH_CHECKPOINT_DIR");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("pipeline running");
    }
}
