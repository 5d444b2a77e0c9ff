package io.meterhub.stream;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StreamConfigTest {

    @Test
    void checkpoints_go_by_default_to_a_folder_of_the_database_under_the_state_directory_not_the_working_directory() {
        String home = System.getProperty("user.home");
        StreamConfig meterhub = StreamConfig.fromEnvironment(Map.of("MH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/meterhub"));
        StreamConfig other = StreamConfig.fromEnvironment(Map.of("MH_DB_URL", "jdbc:postgresql://db.example:5433/other"));

        Path checkpoints = Path.of(URI.create(meterhub.checkpointDirectory()));
        assertThat(checkpoints).isAbsolute().isEqualTo(Path.of(home, ".meterhub", "checkpoints", "127.0.0.1_5432_meterhub"));
        assertThat(checkpoints.startsWith(Path.of("").toAbsolutePath().resolve(".meterhub"))).as("not under the working directory").isFalse();
        assertThat(Path.of(URI.create(other.checkpointDirectory()))).isEqualTo(Path.of(home, ".meterhub", "checkpoints", "db.example_5433_other"));
    }

    @Test
    void the_state_directory_moves_checkpoints_and_dead_letters_and_must_be_absolute() {
        StreamConfig config = StreamConfig.fromEnvironment(Map.of("MH_STATE_DIR", "/var/lib/meterhub"));

        assertThat(config.checkpointDirectory()).isEqualTo(Path.of("/var/lib/meterhub/checkpoints/127.0.0.1_5432_meterhub").toUri().toString());
        assertThat(config.deadLetterDirectory()).isEqualTo("/var/lib/meterhub/dead-letter");
        assertThatThrownBy(() -> StreamConfig.fromEnvironment(Map.of("MH_STATE_DIR", "state")))
                .hasMessageContaining("MH_STATE_DIR must be an absolute path");
    }

    @Test
    void an_explicit_checkpoint_directory_is_kept_and_a_relative_one_is_refused() {
        assertThat(StreamConfig.fromEnvironment(Map.of("MH_CHECKPOINT_DIR", "file:///opt/flink/checkpoints")).checkpointDirectory())
                .isEqualTo("file:///opt/flink/checkpoints");
        assertThat(StreamConfig.fromEnvironment(Map.of("MH_CHECKPOINT_DIR", "none")).checkpointDirectory()).isNull();
        assertThatThrownBy(() -> StreamConfig.fromEnvironment(Map.of("MH_CHECKPOINT_DIR", ".meterhub/checkpoints")))
                .hasMessageContaining("MH_CHECKPOINT_DIR must be an absolute path or a URI");
    }
}
