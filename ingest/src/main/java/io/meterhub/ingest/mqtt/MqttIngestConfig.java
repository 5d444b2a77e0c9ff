package io.meterhub.ingest.mqtt;

import io.meterhub.ingest.mqtt.MqttLogin;

import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the pipeline subscribes to controllers' uplinks. From {@code MH_MQTT_URI},
 * {@code MH_MQTT_CLIENT_ID}, {@code MH_MQTT_SHARE_GROUP}, {@code MH_MQTT_USER}, {@code MH_MQTT_PASSWORD},
 * {@code MH_MQTT_CA_FILE}, {@code MH_MQTT_SESSION_EXPIRY_S}.
 *
 * @param clientIdPrefix each pipeline instance connects as prefix-N, and keeps its session by that name
 * @param shareGroup     instances in one group split the uplinks between them ($share/group/...); on a
 *                       Mosquitto broker anyone who knows it can join and take uplinks away, so keep it secret
 * @param login          the pipeline's broker user and, for a TLS broker with a CA of its own, that CA
 */
public record MqttIngestConfig(String brokerUri, String clientIdPrefix, String shareGroup, MqttLogin login,
                               long sessionExpirySeconds) implements Serializable {
    public static final String UPLINK_FILTER = "meterhub/v1/+/up";

    public MqttIngestConfig {
        List<String> problems = new ArrayList<>();
        try {
            URI uri = URI.create(brokerUri);
            if (!List.of("tcp", "ssl", "ws", "wss").contains(uri.getScheme()) || uri.getHost() == null) {
                problems.add("MH_MQTT_URI must look like tcp://host:1883, got \"" + brokerUri + "\"");
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("MH_MQTT_URI must look like tcp://host:1883, got \"" + brokerUri + "\"");
        }
        if (clientIdPrefix == null || !clientIdPrefix.matches("[A-Za-z0-9_.-]{1,40}")) {
            problems.add("MH_MQTT_CLIENT_ID must be 1 to 40 letters, digits, '_', '.', '-', got \"" + clientIdPrefix + "\"");
        }
        if (shareGroup == null || !shareGroup.matches("[A-Za-z0-9_.-]{1,40}")) {
            problems.add("MH_MQTT_SHARE_GROUP must be 1 to 40 letters, digits, '_', '.', '-', got \"" + shareGroup + "\"");
        }
        if (login == null) {
            login = MqttLogin.ANONYMOUS;
        }
        problems.addAll(login.problemsWith(brokerUri));
        if (sessionExpirySeconds < 0) {
            problems.add("MH_MQTT_SESSION_EXPIRY_S cannot be negative, got " + sessionExpirySeconds);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    public MqttIngestConfig(String brokerUri, String clientIdPrefix, String shareGroup, String user, String password,
                            long sessionExpirySeconds) {
        this(brokerUri, clientIdPrefix, shareGroup, MqttLogin.of(user, password), sessionExpirySeconds);
    }

    public static MqttIngestConfig of(String brokerUri, String clientIdPrefix) {
        return new MqttIngestConfig(brokerUri, clientIdPrefix, "meterhub", MqttLogin.ANONYMOUS, 86_400);
    }

    public MqttIngestConfig withLogin(MqttLogin value) {
        return new MqttIngestConfig(brokerUri, clientIdPrefix, shareGroup, value, sessionExpirySeconds);
    }

    public static MqttIngestConfig fromEnvironment(Map<String, String> env) {
        String expiry = env.getOrDefault("MH_MQTT_SESSION_EXPIRY_S", "86400");
        long expirySeconds;
        try {
            expirySeconds = Long.parseLong(expiry.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MH_MQTT_SESSION_EXPIRY_S must be a whole number of seconds, got \"" + expiry + "\"");
        }
        return new MqttIngestConfig(env.getOrDefault("MH_MQTT_URI", "tcp://127.0.0.1:1883"),
                env.getOrDefault("MH_MQTT_CLIENT_ID", "meterhub-stream"),
                env.getOrDefault("MH_MQTT_SHARE_GROUP", "meterhub"),
                MqttLogin.fromEnvironment(env), expirySeconds);
    }

    public String sharedFilter() {
        return "$share/" + shareGroup + "/" + UPLINK_FILTER;
    }

    @Override
    public String toString() {
        return "MqttIngestConfig[" + brokerUri + ", client=" + clientIdPrefix + ", " + login + "]";
    }
}
