package io.meterhub.stream.source;

import io.meterhub.ingest.mqtt.MqttIngestConfig;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells whoever starts the job on a mini cluster in this JVM ({@code ./meterhub stream}, the demo,
 * the tests) when every source reader holds its subscription, acknowledged by the broker (SUBACK).
 * Before that a message published on a session the broker has never seen is dropped, so nobody
 * may be told the pipeline is running until then. Under {@code flink run} the readers run in task
 * managers and nobody here waits.
 */
public final class LocalSubscriptions {
    private static final Map<String, Expected> EXPECTED = new ConcurrentHashMap<>();

    private LocalSubscriptions() {
    }

    private record Expected(int readers, Set<Integer> subscribed, CompletableFuture<Void> done) {
    }

    /**
     * Call before the job starts.
     *
     * @return completes once {@code readers} readers with this client id prefix are subscribed
     */
    public static CompletableFuture<Void> expect(MqttIngestConfig config, int readers) {
        Expected expected = new Expected(readers, ConcurrentHashMap.newKeySet(), new CompletableFuture<>());
        EXPECTED.put(key(config), expected);
        expected.done().whenComplete((ignored, failure) -> EXPECTED.remove(key(config), expected));
        return expected.done(); // cancelling it, as a caller that gave up does, also forgets it
    }

    static void subscribed(MqttIngestConfig config, int subtask) {
        Expected expected = EXPECTED.get(key(config));
        if (expected != null && expected.subscribed().add(subtask) && expected.subscribed().size() >= expected.readers()) {
            expected.done().complete(null);
        }
    }

    private static String key(MqttIngestConfig config) {
        return config.brokerUri() + " " + config.clientIdPrefix();
    }
}
