package io.meterhub.app.bench;

import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small runs of the benchmarks, so they keep working. They assert correctness only (every reading
 * stored once: the benchmark itself fails loudly otherwise), never speed.
 */
class BenchmarksKeepWorkingTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void the_ingest_benchmark_stores_every_reading_of_every_contender_and_ends_with_its_summary_line(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("ingest.svg");
        String last = IngestBench.run(StorageConfig.of(TestServices.postgresAdminUrl()), TestServices.mqttUri(),
                new IngestBench.Settings(Duration.ofSeconds(2), 200, 50, 1, 20_000, Duration.ofSeconds(1), chart), out);

        assertThat(last).matches("ingest: meterhub \\d+ readings/s, ceiling \\d+ readings/s, naive \\d+ readings/s, "
                + "ratio R1/R2 \\d+\\.\\d\\d, vs naive R1/R3 \\d+\\.\\d");
        String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo(last);
        assertThat(Files.readString(chart)).startsWith("<svg").contains("meterhub").contains("ceiling").contains("naive");
    }

    @Test
    void the_query_benchmark_fills_a_year_and_times_every_query() throws Exception {
        String last = QueryBench.run(StorageConfig.of(TestServices.postgresAdminUrl()), 5, out);

        assertThat(last).matches("query: p95 day [\\d.]+ms, month [\\d.]+ms, year [\\d.]+ms, queue [\\d.]+ms");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("filled 5 of 5 meters (8,760 hours each)");
    }

    @Test
    void the_state_benchmark_measures_a_day_of_readings_per_register() throws Exception {
        String last = StateBench.run(1_000, 4, Duration.ofMinutes(15), Duration.ofHours(6), out);

        assertThat(last).matches("state: 1,000 meters x 4 registers, 2[5-9] readings each \\(PT6H horizon, PT15M interval\\): heap .* per 100,000 meters heap [\\d,]+ MB, checkpoint [\\d,]+ MB");
    }

    @Test
    void the_load_benchmark_checks_and_applies_every_account_twice() throws Exception {
        String last = io.meterhub.app.bench.LoadBench.run(StorageConfig.of(TestServices.postgresAdminUrl()), 200, out);
        org.assertj.core.api.Assertions.assertThat(last).startsWith("load: new 200 accounts in ").contains("; update 200 accounts in ");
    }

    @Test
    void the_api_benchmark_gets_every_acknowledged_document_into_the_broker_and_stores_every_upserted_meter(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("api.svg");
        String last = ApiBench.run(StorageConfig.of(TestServices.postgresAdminUrl()), TestServices.mqttUri(),
                new ApiBench.Settings(Duration.ofSeconds(2), 4, 5_000, 10, 300, 100, chart), out);

        assertThat(last).matches("api: http \\d+ readings/s \\(p50 [\\d.]+ ms, p95 [\\d.]+ ms, p99 [\\d.]+ ms\\), at 5,000 readings/s p50 [\\d.]+ ms,"
                + " p95 [\\d.]+ ms, p99 [\\d.]+ ms; mqtt \\d+ readings/s, http/mqtt [\\d.]+; upsert 300 meters in [\\d.]+ s = \\d+ meters/s");
        String printedText = printed.toString(StandardCharsets.UTF_8);
        // every document the API acknowledged arrived at the broker's subscriber, none failed
        java.util.regex.Matcher http = java.util.regex.Pattern.compile("http +([\\d,]+) readings in .* ([\\d,]+) in the broker's deliveries; [\\d,]+ requests \\(0 failed\\)")
                .matcher(printedText);
        assertThat(http.find()).as(printedText).isTrue();
        assertThat(http.group(2)).isEqualTo(http.group(1));
        assertThat(Files.readString(chart)).startsWith("<svg").contains("http").contains("mqtt");
    }
}
