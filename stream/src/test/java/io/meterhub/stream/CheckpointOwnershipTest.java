package io.meterhub.stream;

import io.meterhub.storage.DatabaseIdentity;
import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointOwnershipTest {
    @TempDir
    Path state;

    @Test
    void the_first_use_stamps_the_directory_with_the_database_and_the_same_database_may_use_it_again() throws Exception {
        StorageConfig storage = StorageConfig.of(TestServices.freshDatabase("ckpt_own"));
        Path checkpoints = state.resolve("checkpoints").resolve(storage.databaseFolderName());
        DatabaseIdentity identity = DatabaseIdentity.of(storage);

        CheckpointOwnership.claim(checkpoints.toUri().toString(), storage);
        CheckpointOwnership.claim(checkpoints.toUri().toString(), storage);

        assertThat(Files.readString(checkpoints.resolve(CheckpointOwnership.STAMP_FILE)).strip()).isEqualTo(identity.stamp());
    }

    @Test
    void checkpoints_stamped_with_another_database_are_refused_naming_both_and_what_to_do() throws Exception {
        StorageConfig first = StorageConfig.of(TestServices.freshDatabase("ckpt_first"));
        StorageConfig second = StorageConfig.of(TestServices.freshDatabase("ckpt_second"));
        DatabaseIdentity firstIdentity = DatabaseIdentity.of(first);
        DatabaseIdentity secondIdentity = DatabaseIdentity.of(second);
        Path shared = state.resolve("checkpoints");
        CheckpointOwnership.claim(shared.toString(), first);

        assertThatThrownBy(() -> CheckpointOwnership.claim(shared.toString(), second))
                .isInstanceOf(CheckpointOwnership.Refused.class)
                .hasMessageContaining(firstIdentity.toString())
                .hasMessageContaining(secondIdentity.toString())
                .hasMessageContaining("Remove " + shared)
                .hasMessageContaining("MH_CHECKPOINT_DIR");
        assertThat(Files.readString(shared.resolve(CheckpointOwnership.STAMP_FILE)).strip()).isEqualTo(firstIdentity.stamp());
    }

    @Test
    void the_job_refuses_to_start_on_another_database_s_checkpoints() throws Exception {
        StorageConfig first = StorageConfig.of(TestServices.freshDatabase("ckpt_job_a"));
        StorageConfig second = StorageConfig.of(TestServices.freshDatabase("ckpt_job_b"));
        Path shared = state.resolve("checkpoints");
        CheckpointOwnership.claim(shared.toUri().toString(), first);
        StreamConfig config = StreamConfig.defaults(second, io.meterhub.ingest.mqtt.MqttIngestConfig.of(TestServices.mqttUri(), "ckpt-test"))
                .withCheckpointDirectory(shared.toUri().toString());

        assertThatThrownBy(() -> MeterhubJob.environment(config)).isInstanceOf(CheckpointOwnership.Refused.class);
    }

    @Test
    void checkpoints_written_before_stamping_are_taken_as_the_database_s_own_and_stamped() throws Exception {
        StorageConfig storage = StorageConfig.of(TestServices.freshDatabase("ckpt_legacy"));
        Path legacy = state.resolve("checkpoints");
        Files.createDirectories(legacy.resolve("0123abcd").resolve("chk-7"));
        Files.writeString(legacy.resolve("0123abcd").resolve("chk-7").resolve("_metadata"), "old");

        CheckpointOwnership.claim(legacy.toUri().toString(), storage);

        assertThat(legacy.resolve(CheckpointOwnership.STAMP_FILE)).exists();
        assertThat(LatestCheckpoint.find(legacy.toUri().toString())).hasValueSatisfying(latest -> assertThat(latest).contains("chk-7"));
    }
}
