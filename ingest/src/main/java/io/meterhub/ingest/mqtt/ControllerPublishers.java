package io.meterhub.ingest.mqtt;

import io.meterhub.protocols.telemetry.UplinkPublisher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One connection per controller, each logged in as that controller, as real controllers connect
 * to a broker that lets a controller publish only to its own topic. Connections open on a
 * controller's first uplink.
 */
public final class ControllerPublishers implements UplinkPublisher {
    private final String brokerUri;
    private final String clientIdPrefix;
    private final Function<String, MqttLogin> loginOf;
    private final Map<String, MqttUplinkPublisher> publishers = new ConcurrentHashMap<>();

    /** @param loginOf the login of a controller, by its id */
    public ControllerPublishers(String brokerUri, String clientIdPrefix, Function<String, MqttLogin> loginOf) {
        this.brokerUri = brokerUri;
        this.clientIdPrefix = clientIdPrefix;
        this.loginOf = loginOf;
    }

    @Override
    public void publishRaw(String controllerId, byte[] payload) {
        publishers.computeIfAbsent(controllerId,
                        id -> new MqttUplinkPublisher(brokerUri, clientIdPrefix + id, loginOf.apply(id)))
                .publishRaw(controllerId, payload);
    }

    @Override
    public void flush() {
        for (MqttUplinkPublisher publisher : List.copyOf(publishers.values())) {
            publisher.flush();
        }
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (MqttUplinkPublisher publisher : List.copyOf(publishers.values())) {
            try {
                publisher.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        publishers.clear();
        if (!failures.isEmpty()) {
            failures.subList(1, failures.size()).forEach(failures.get(0)::addSuppressed);
            throw failures.get(0);
        }
    }
}
