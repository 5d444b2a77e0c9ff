package io.meterhub.stream.e2e;

import io.meterhub.devices.simulator.Faults;
import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.FleetSpec;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.stream.CheckpointOwnership;
import io.meterhub.stream.MeterhubJob;
import io.meterhub.stream.StreamConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The story: a pipeline checkpoints one database's state, then is started with the same
 * checkpoint directory against a brand-new database. It must refuse, not write the first
 * database's hours into the new one.
 */
class CheckpointOwnershipEndToEndTest {
    private static final Instant FROM = Instant.parse("2026-11-10T00:00:00Z");

    @Test
    void a_pipeline_on_a_new_database_refuses_the_checkpoints_of_the_old_one_and_writes_nothing() throws Exception {
        StreamConfig newDatabase;
        try (PipelineHarness pipeline = new PipelineHarness("e2e_ckpt_owner")) {
            FleetSpec spec = FleetSpec.defaults().withSize(1, 2).withSeed(5);
            FleetSimulator simulator = new FleetSimulator(spec, Faults.none());
            pipeline.register(spec.organizationId(), spec.zone(), spec.schedule(), simulator.meters());
            pipeline.start();
            simulator.replay(FROM, FROM.plus(Duration.ofHours(6)), outgoing -> pipeline.publisher.publishRaw(outgoing.controllerId(), outgoing.payload()));
            pipeline.publisher.flush();
            long expected = simulator.truth().expectedReadings();
            PipelineHarness.await("the readings to be stored", Duration.ofSeconds(60),
                    () -> pipeline.countQuietly("SELECT count(*) FROM raw_reading") >= expected);
            Path checkpoints = Path.of(URI.create(pipeline.config.checkpointDirectory()));
            PipelineHarness.await("a checkpoint after the last rows", Duration.ofSeconds(30), () -> hasCheckpoint(checkpoints));
            pipeline.stopJob();

            newDatabase = pipeline.config.withStorage(StorageConfig.of(TestServices.freshDatabase("e2e_ckpt_new")));
        }

        StreamConfig refused = newDatabase;
        assertThatThrownBy(() -> MeterhubJob.start(refused)).isInstanceOf(CheckpointOwnership.Refused.class)
                .hasMessageContaining("belong to database \"mh_");
        try (Database database = Database.open(newDatabase.storage()); Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT (SELECT count(*) FROM hourly_consumption) + (SELECT count(*) FROM raw_reading)")) {
            rows.next();
            assertThat(rows.getLong(1)).isZero();
        }
    }

    private static boolean hasCheckpoint(Path root) {
        try (var files = Files.find(root, 3, (path, attributes) -> path.getFileName().toString().equals("_metadata"))) {
            return files.findAny().isPresent();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
