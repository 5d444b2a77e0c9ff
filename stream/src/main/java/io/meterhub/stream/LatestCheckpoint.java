package io.meterhub.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the newest completed checkpoint under a local checkpoint directory
 * ({@code <dir>/<job id>/chk-<n>/_metadata}), so that a restarted pipeline keeps each register's
 * recent readings: without them the interval across the restart could not be counted.
 */
final class LatestCheckpoint {
    private LatestCheckpoint() {
    }

    static Optional<String> find(String directory) {
        Optional<Path> local = localDirectory(directory);
        if (local.isEmpty() || !Files.isDirectory(local.get())) {
            return Optional.empty();
        }
        Path root = local.get();
        try (Stream<Path> files = Files.find(root, 3, (path, attributes) -> path.getFileName().toString().equals("_metadata")
                && path.getParent().getFileName().toString().startsWith("chk-"))) {
            return files.max(Comparator.comparing(LatestCheckpoint::modified)).map(metadata -> metadata.getParent().toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for checkpoints in " + root, e);
        }
    }

    /** The directory as a local path; empty for a cluster's shared file system, which is the cluster's business. */
    static Optional<Path> localDirectory(String directory) {
        URI uri = URI.create(directory);
        if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
            return Optional.empty();
        }
        return Optional.of(uri.getScheme() == null ? Path.of(directory) : Path.of(uri));
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
