package io.meterhub.app.bench;

import io.meterhub.api.ApiAssembly;
import io.meterhub.api.ApiConfig;
import io.meterhub.api.ApiServer;
import io.meterhub.cabinet.apikeys.Scope;
import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.storage.StorageConfig;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

/**
 * The integration API on this machine with the local broker and database: telemetry over HTTP
 * (documents of 1,000 readings from concurrent clients, each answered once the broker has
 * acknowledged it) beside the same documents published straight to the broker over MQTT, then a
 * bulk upsert of the meter registry. The last line is the one to compare runs by.
 */
public final class ApiBench {
    static final String ORGANIZATION = "BENCH";
    /** 250 meters of 4 registers: a document of 1,000 readings. */
    static final int METERS_PER_DOCUMENT = 250;
    static final int READINGS_PER_DOCUMENT = METERS_PER_DOCUMENT * 4;

    private ApiBench() {
    }

    /**
     * @param controllers controllers the documents come from (each document is one controller's)
     * @param meters      meters registered by the bulk upsert, in requests of {@code batch}
     */
    /** @param readingsPerSecond the steady rate of the second HTTP run, whose request times are the goal's */
    public record Settings(Duration duration, int clients, int readingsPerSecond, int controllers, int meters, int batch, Path chart) {
    }

    public static String run(StorageConfig server, String broker, Settings settings, PrintStream out) throws Exception {
        out.printf("bench api: %d HTTP clients for %d s as fast as answered, then %d s at %,d readings/s, documents of %d readings from %d"
                        + " controllers; MQTT for %d s; upsert of %,d meters in requests of %,d%n", settings.clients(), settings.duration().toSeconds(),
                settings.duration().toSeconds(), settings.readingsPerSecond(), READINGS_PER_DOCUMENT, settings.controllers(),
                settings.duration().toSeconds(), settings.meters(), settings.batch());
        try (BenchDatabase db = new BenchDatabase(server, "api")) {
            registerControllers(db, settings);
            ApiAssembly assembly = new ApiAssembly(db.database.dataSource(), Clock.systemUTC());
            // the rate limit is the operator's choice, not the server's cost: high enough here not to be what is measured
            ApiConfig config = ApiConfig.of(0, db.storage, broker, MqttLogin.ANONYMOUS).withMqttClientId("meterhub-api-bench")
                    .withLimits(64L * 1024 * 1024, 1_000_000, 1_000_000);
            try (ApiServer api = ApiServer.start(config, assembly)) {
                String key = assembly.apiKeyAdministration().createBySystem("bench", ORGANIZATION, "bench api",
                        EnumSet.of(Scope.TELEMETRY_WRITE, Scope.REGISTRY_WRITE)).secret();
                List<byte[]> documents = documents(settings.controllers());
                out.printf("  %d documents of %,d bytes on average%n", documents.size(),
                        documents.stream().mapToLong(d -> d.length).sum() / documents.size());
                TelemetryPhase.Result http;
                TelemetryPhase.Result paced;
                try (BrokerCount count = new BrokerCount(broker, "meterhub-bench-count")) {
                    http = TelemetryPhase.overHttp("http", api.port(), key, documents, settings.clients(), 0, settings.duration(), count, out);
                    out.println(http.line());
                    double documentsPerSecond = settings.readingsPerSecond() / (double) READINGS_PER_DOCUMENT;
                    paced = TelemetryPhase.overHttp(String.format("http@%dk", settings.readingsPerSecond() / 1000), api.port(), key, documents,
                            settings.clients(), documentsPerSecond, settings.duration(), count, out);
                    out.println(paced.line());
                }
                TelemetryPhase.Result mqtt;
                try (MqttUplinkPublisher publisher = new MqttUplinkPublisher(broker, "meterhub-bench-mqtt", MqttLogin.ANONYMOUS);
                     BrokerCount count = new BrokerCount(broker, "meterhub-bench-count-mqtt")) {
                    mqtt = TelemetryPhase.overMqtt(publisher, documents, settings.duration(), count);
                }
                out.println(mqtt.line());
                UpsertPhase.Result upsert = UpsertPhase.run(api.port(), key, settings.meters(), settings.batch(), settings.controllers(),
                        db, out);
                out.println(upsert.line());
                if (settings.chart() != null) {
                    BenchChart.write(settings.chart(), String.format("bench api: %d HTTP clients, documents of 1,000 readings", settings.clients()),
                            List.of(http.asPhase(), paced.asPhase(), mqtt.asPhase()), "readings acknowledged by the broker per second",
                            "HTTP request, send to answer, ms (p50, p95, p99)");
                    out.println("chart: " + settings.chart());
                }
                String last = String.format("api: http %.0f readings/s (p50 %.1f ms, p95 %.1f ms, p99 %.1f ms), at %,d readings/s p50 %.1f ms,"
                                + " p95 %.1f ms, p99 %.1f ms; mqtt %.0f readings/s, http/mqtt %.2f; upsert %,d meters in %.1f s = %.0f meters/s",
                        http.readingsPerSecond(), http.p50Ms(), http.p95Ms(), http.p99Ms(), settings.readingsPerSecond(), paced.p50Ms(),
                        paced.p95Ms(), paced.p99Ms(), mqtt.readingsPerSecond(),
                        http.readingsPerSecond() / mqtt.readingsPerSecond(), upsert.meters(), upsert.seconds(), upsert.metersPerSecond());
                out.println(last);
                return last;
            }
        }
    }

    private static void registerControllers(BenchDatabase db, Settings settings) throws Exception {
        try (Connection c = db.database.dataSource().getConnection()) {
            try (PreparedStatement org = c.prepareStatement("INSERT INTO organization (id, name, time_zone) VALUES (?, 'Benchmark grid', 'Europe/Samara')")) {
                org.setString(1, ORGANIZATION);
                org.executeUpdate();
            }
            try (PreparedStatement controller = c.prepareStatement("INSERT INTO controller (id, organization_id) VALUES (?, ?)")) {
                for (int i = 0; i < settings.controllers(); i++) {
                    controller.setString(1, BenchWorkload.controllerId(i));
                    controller.setString(2, ORGANIZATION);
                    controller.addBatch();
                }
                controller.executeBatch();
            }
        }
    }

    /** One document per controller, made before the clock starts: the clients send them round and round. */
    private static List<byte[]> documents(int controllers) {
        BenchWorkload workload = new BenchWorkload(controllers * METERS_PER_DOCUMENT, METERS_PER_DOCUMENT);
        return java.util.stream.IntStream.range(0, controllers).mapToObj(workload::next).toList();
    }
}
