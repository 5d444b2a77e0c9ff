package io.meterhub.stream;

import io.meterhub.storage.DatabaseIdentity;
import io.meterhub.storage.StorageConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Checkpoints hold state computed from one database's rows (each register's recent readings, the
 * anomaly baselines): restored against another database they would write its hours into this one.
 * So a checkpoint directory is stamped on first use with the identity of the database the pipeline
 * writes to ({@value #STAMP_FILE}), and a pipeline pointed at another database refuses it.
 */
public final class CheckpointOwnership {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointOwnership.class);
    static final String STAMP_FILE = "database-identity";

    private CheckpointOwnership() {
    }

    /** The checkpoints belong to another database: nothing was started. */
    public static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    static void claim(String checkpointDirectory, StorageConfig storage) {
        DatabaseIdentity database;
        try {
            database = DatabaseIdentity.of(storage);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the identity of the database at " + storage.jdbcUrl()
                    + " to check the checkpoints in " + checkpointDirectory + " are its own: " + e.getMessage(), e);
        }
        claim(checkpointDirectory, database);
    }

    /**
     * Stamps a local checkpoint directory with the database on first use, and refuses one stamped
     * with another. A shared file system of a cluster (s3:, hdfs:) is left to the cluster.
     */
    static void claim(String checkpointDirectory, DatabaseIdentity database) {
        Optional<Path> local = LatestCheckpoint.localDirectory(checkpointDirectory);
        if (local.isEmpty()) {
            return;
        }
        Path root = local.get();
        Path stamp = root.resolve(STAMP_FILE);
        try {
            if (Files.exists(stamp)) {
                DatabaseIdentity owner = DatabaseIdentity.parse(Files.readString(stamp, StandardCharsets.UTF_8));
                if (!owner.equals(database)) {
                    throw new Refused("the checkpoints in " + root + " belong to " + owner + ", not to " + database
                            + " that this pipeline writes to: resuming from them would write the other database's hours into this one."
                            + " Remove " + root + " or point MH_CHECKPOINT_DIR at another folder.");
                }
                return;
            }
            if (LatestCheckpoint.find(checkpointDirectory).isPresent()) {
                LOG.warn("the checkpoints in {} carry no database identity (they were written before checkpoints were stamped); "
                        + "they are taken as those of {}", root, database);
            }
            Files.createDirectories(root);
            Path written = Files.writeString(root.resolve(STAMP_FILE + ".tmp"), database.stamp() + "\n", StandardCharsets.UTF_8);
            Files.move(written, stamp, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check or stamp the checkpoint directory " + root + ": " + e.getMessage(), e);
        }
    }
}
