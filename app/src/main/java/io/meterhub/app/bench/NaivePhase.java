package io.meterhub.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.OnMessage;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The peer a utility would write without Meterhub: subscribe, parse, one INSERT per reading.
 */
final class NaivePhase {
    private NaivePhase() {
    }

    static PhaseResult run(StorageConfig server, String broker, BenchWorkload workload, Duration duration, long window, PrintStream out)
            throws Exception {
        try (BenchDatabase db = new BenchDatabase(server, "naive"); Connection connection = Database.connect(db.storage);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO raw_reading (meter_id, obis, ts, value) VALUES (?, ?, ?, ?)")) {
            AtomicLong stored = new AtomicLong();
            AtomicReference<Exception> failure = new AtomicReference<>();
            ObjectMapper json = new ObjectMapper();
            String unique = Long.toString(System.nanoTime(), 36);
            MqttAsyncClient subscriber = new MqttAsyncClient(broker, "naive-" + unique, new MemoryPersistence());
            subscriber.setCallback((OnMessage) (topic, message) -> {
                try {
                    for (JsonNode reading : json.readTree(message.getPayload()).path("readings")) {
                        Timestamp ts = Timestamp.from(Instant.parse(reading.get("ts").asText()));
                        Iterator<Map.Entry<String, JsonNode>> values = reading.get("values").fields();
                        while (values.hasNext()) {
                            Map.Entry<String, JsonNode> value = values.next();
                            insert.setString(1, reading.get("meter").asText());
                            insert.setString(2, value.getKey());
                            insert.setTimestamp(3, ts);
                            insert.setDouble(4, value.getValue().doubleValue());
                            insert.executeUpdate();
                            stored.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            });
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setCleanStart(true);
            subscriber.connect(options).waitForCompletion(10_000);
            subscriber.subscribe("meterhub/v1/+/up", 1).waitForCompletion(10_000);
            try (MqttUplinkPublisher publisher = new MqttUplinkPublisher(broker, "naive-controllers-" + unique)) {
                long started = System.nanoTime();
                long published = ClosedLoopPublisher.run(workload, publisher, duration, window, stored::get, "naive", out);
                ClosedLoopPublisher.awaitStored(published, stored::get, Duration.ofSeconds(180), "naive");
                double seconds = (System.nanoTime() - started) / 1e9;
                if (failure.get() != null) {
                    throw new IllegalStateException("naive: " + failure.get().getMessage(), failure.get());
                }
                long rows = db.count("SELECT count(*) FROM raw_reading");
                if (rows != published) {
                    throw new IllegalStateException("naive: published " + published + " readings but raw_reading holds " + rows);
                }
                double[] latency = db.latencyPercentiles(workload);
                return new PhaseResult("naive", published, seconds, latency[0], latency[1], latency[2]);
            } finally {
                subscriber.disconnect().waitForCompletion(5_000);
                subscriber.close();
            }
        }
    }
}
