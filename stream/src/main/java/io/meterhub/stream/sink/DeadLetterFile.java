package io.meterhub.stream.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meterhub.protocols.text.SafeText;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Where a row goes that the database refused for its content (a data exception, not an outage):
 * one JSON line with the sink, the time, the database's reason and the row, in
 * {@code <directory>/<sink>-<UTC date>.jsonl}. Without it, one such row would fail the job at every
 * restart, forever; with it, the row is kept for a person and the pipeline goes on.
 */
public final class DeadLetterFile implements Serializable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROW_CHARS = 20_000;

    private final String directory;

    public DeadLetterFile(String directory) {
        this.directory = directory;
    }

    /** @return the file the row was appended to */
    public synchronized Path write(String sink, String reason, Object row) {
        Path folder = Path.of(directory);
        Path file = folder.resolve(sink.replaceAll("[^A-Za-z0-9]+", "-") + "-" + LocalDate.now(ZoneOffset.UTC) + ".jsonl");
        ObjectNode line = JSON.createObjectNode();
        line.put("at", Instant.now().toString());
        line.put("sink", sink);
        line.put("reason", SafeText.excerpt(String.valueOf(reason), 2_000));
        line.put("row", SafeText.excerpt(String.valueOf(row), ROW_CHARS));
        try {
            Files.createDirectories(folder);
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dead-letter file " + file, e);
        }
        return file;
    }

    public String directory() {
        return directory;
    }
}
