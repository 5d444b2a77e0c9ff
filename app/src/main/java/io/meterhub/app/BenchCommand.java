package io.meterhub.app;

import io.meterhub.app.bench.IngestBench;
import io.meterhub.storage.StorageConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "bench", description = "Benchmarks: programs that print figures.", subcommands = {BenchCommand.Ingest.class, BenchCommand.Query.class, BenchCommand.State.class,
        BenchCommand.Anomalies.class, BenchCommand.Load.class, BenchCommand.Api.class})
final class BenchCommand implements Runnable {

    @Override
    public void run() {
        System.out.println("usage: meterhub bench ingest --help");
    }

    /** The broker the benchmarks publish to: MH_MQTT_URI, the local Mosquitto when unset. */
    static String broker() {
        return System.getenv().getOrDefault("MH_MQTT_URI", "tcp://127.0.0.1:1883");
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true, description = {
            "Meterhub (controllers -> broker -> pipeline -> PostgreSQL) against the database's COPY ceiling and a naive",
            "subscriber that INSERTs every reading. Uses MH_DB_URL's server (it creates and drops its own databases) and MH_MQTT_URI."})
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "20", description = "publishing time per contender (default ${DEFAULT-VALUE})")
        int seconds;
        @Option(names = "--meters", defaultValue = "10000", description = "meters (default ${DEFAULT-VALUE})")
        int meters;
        @Option(names = "--meters-per-controller", defaultValue = "100", description = "meters in one document (default ${DEFAULT-VALUE})")
        int metersPerController;
        @Option(names = "--parallelism", defaultValue = "1", description = "Flink parallelism (default ${DEFAULT-VALUE})")
        int parallelism;
        @Option(names = "--window", defaultValue = "200000", description = "readings published ahead of storage at most (default ${DEFAULT-VALUE})")
        long window;
        @Option(names = "--checkpoint-ms", defaultValue = "5000", description = "checkpoint interval (default ${DEFAULT-VALUE})")
        long checkpointMs;
        @Option(names = "--chart", description = "also draw the figures into this SVG file")
        java.nio.file.Path chart;

        @Override
        public Integer call() throws Exception {
            StorageConfig server = StorageConfig.fromEnvironment(System.getenv());
            String broker = broker();
            IngestBench.run(server, broker, new IngestBench.Settings(Duration.ofSeconds(seconds), meters, metersPerController, parallelism, window,
                    Duration.ofMillis(checkpointMs), chart),
                    System.out);
            return 0;
        }
    }

    @Command(name = "query", mixinStandardHelpOptions = true, description = {
            "Fills N meters with a year of hourly consumption (in a database of its own on MH_DB_URL's server) and times",
            "the cabinet's queries: a day by hour, a month by day, a year by month, the operator's queue."})
    static final class Query implements Callable<Integer> {
        @Option(names = "--meters", defaultValue = "10000", description = "meters (default ${DEFAULT-VALUE})")
        int meters;

        @Override
        public Integer call() throws Exception {
            io.meterhub.app.bench.QueryBench.run(StorageConfig.fromEnvironment(System.getenv()), meters, System.out);
            return 0;
        }
    }

    @Command(name = "state", mixinStandardHelpOptions = true,
            description = "The pipeline's keyed state for N meters with a day of 15-minute readings: heap and checkpoint size.")
    static final class State implements Callable<Integer> {
        @Option(names = "--meters", defaultValue = "100000", description = "meters (default ${DEFAULT-VALUE})")
        int meters;
        @Option(names = "--registers", defaultValue = "4", description = "energy registers per meter (default ${DEFAULT-VALUE})")
        int registers;
        @Option(names = "--horizon-hours", defaultValue = "24", description = "MH_RECOMPUTE_HORIZON_H (default ${DEFAULT-VALUE})")
        int horizonHours;

        @Override
        public Integer call() throws Exception {
            io.meterhub.app.bench.StateBench.run(meters, registers, Duration.ofMinutes(15), Duration.ofHours(horizonHours), System.out);
            return 0;
        }
    }

    @Command(name = "anomalies", mixinStandardHelpOptions = true, description = {
            "A simulated fleet through the pipeline's operators twice, clean and with injected anomalies of every kind; prints",
            "precision and recall per kind. Uses MH_DB_URL's server (it creates and drops its own databases)."})
    static final class Anomalies implements Callable<Integer> {
        @Option(names = "--meters", defaultValue = "500", description = "meters, a multiple of 25 (default ${DEFAULT-VALUE})")
        int meters;
        @Option(names = "--days", defaultValue = "30", description = "days simulated, at least 25 (default ${DEFAULT-VALUE})")
        int days;
        @Option(names = "--per-kind", defaultValue = "10", description = "episodes injected of each kind (default ${DEFAULT-VALUE})")
        int perKind;
        @Option(names = "--seed", defaultValue = "42", description = "the simulator's seed (default ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() throws Exception {
            io.meterhub.app.bench.AnomalyBench.run(StorageConfig.fromEnvironment(System.getenv()),
                    new io.meterhub.app.bench.AnomalyBench.Settings(meters, days, perKind, seed), System.out);
            return 0;
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true, description = {
            "Data loading (issue 14): makes one XLSX of N accounts, checks and applies it through the control panel's service, then",
            "an update of every account; prints seconds and rows per second. Uses MH_DB_URL's server (it creates and drops its own database)."})
    static final class Load implements Callable<Integer> {
        @Option(names = "--accounts", defaultValue = "100000", description = "accounts in the file (default ${DEFAULT-VALUE})")
        int accounts;

        @Override
        public Integer call() throws Exception {
            io.meterhub.app.bench.LoadBench.run(StorageConfig.fromEnvironment(System.getenv()), accounts, System.out);
            return 0;
        }
    }

    @Command(name = "api", mixinStandardHelpOptions = true, description = {
            "The integration API (issue 15): HTTP telemetry ingest of documents of 1,000 readings by concurrent clients, as fast as",
            "answered and then at a steady rate (readings/s acknowledged by the broker, p50/p95/p99 per request) beside the same documents over MQTT, then a bulk upsert of the meter",
            "registry. Uses MH_DB_URL's server (it creates and drops its own database) and MH_MQTT_URI (anonymous)."})
    static final class Api implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "20", description = "sending time over HTTP, and again over MQTT (default ${DEFAULT-VALUE})")
        int seconds;
        @Option(names = "--clients", defaultValue = "16", description = "concurrent HTTP clients (default ${DEFAULT-VALUE})")
        int clients;
        @Option(names = "--rate", defaultValue = "50000", description = "readings/s of the steady HTTP run (default ${DEFAULT-VALUE})")
        int rate;
        @Option(names = "--controllers", defaultValue = "100", description = "controllers the documents come from (default ${DEFAULT-VALUE})")
        int controllers;
        @Option(names = "--meters", defaultValue = "100000", description = "meters the bulk upsert registers (default ${DEFAULT-VALUE})")
        int meters;
        @Option(names = "--batch", defaultValue = "10000", description = "meters per upsert request, at most 10,000 (default ${DEFAULT-VALUE})")
        int batch;
        @Option(names = "--chart", description = "also draw the figures into this SVG file")
        java.nio.file.Path chart;

        @Override
        public Integer call() throws Exception {
            StorageConfig server = StorageConfig.fromEnvironment(System.getenv());
            String broker = broker();
            io.meterhub.app.bench.ApiBench.run(server, broker, new io.meterhub.app.bench.ApiBench.Settings(Duration.ofSeconds(seconds), clients,
                    rate, controllers, meters, batch, chart), System.out);
            return 0;
        }
    }
}
