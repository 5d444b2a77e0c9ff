package io.meterhub.api;

import io.meterhub.api.webhooks.WebhookConfig;
import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.protocols.config.EnvReader;
import io.meterhub.storage.StorageConfig;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the integration API runs. From the environment ({@link #fromEnvironment}): {@code MH_API_PORT}
 * (8081; 0 = any free port), the database ({@code MH_DB_*}, as every module), the broker it publishes
 * telemetry to ({@code MH_MQTT_URI}, and its own user: {@code MH_MQTT_USER}, {@code MH_MQTT_PASSWORD},
 * {@code MH_MQTT_CA_FILE}; {@code MH_API_MQTT_CLIENT_ID}), and its limits: {@code MH_API_MAX_BODY_MB}
 * (50), {@code MH_MAX_DOCUMENT_BYTES} (1048576, the pipeline's own limit of one document),
 * {@code MH_API_RATE_PER_S} (50) and {@code MH_API_RATE_BURST} (100) requests per key; webhooks' delivery ({@link WebhookConfig}).
 */
public record ApiConfig(int port, StorageConfig storage, String mqttUri, MqttLogin mqttLogin, String mqttClientId, long maxBodyBytes,
                        int maxDocumentBytes, int ratePerSecond, int rateBurst, WebhookConfig webhooks) {
    public static final int DEFAULT_PORT = 8081;

    public ApiConfig {
        List<String> problems = new ArrayList<>();
        if (port < 0 || port > 65535) {
            problems.add("MH_API_PORT must be between 0 and 65535 (0 = any free port), got " + port);
        }
        if (storage == null) {
            problems.add("the API needs a database: set MH_DB_URL");
        }
        if (!validBrokerUri(mqttUri)) {
            problems.add("MH_MQTT_URI must look like tcp://host:1883 or ssl://host:8883, got \"" + mqttUri + "\"");
        }
        if (mqttLogin == null) {
            mqttLogin = MqttLogin.ANONYMOUS;
        } else if (mqttUri != null) {
            problems.addAll(mqttLogin.problemsWith(mqttUri));
        }
        if (mqttClientId == null || !mqttClientId.matches("[A-Za-z0-9_.-]{1,40}")) {
            problems.add("MH_API_MQTT_CLIENT_ID must be 1 to 40 letters, digits, '_', '.', '-', got \"" + mqttClientId + "\"");
        }
        if (maxBodyBytes < 1024) {
            problems.add("the body limit must be at least 1 KiB, got " + maxBodyBytes + " bytes");
        }
        if (maxDocumentBytes < 1024) {
            problems.add("MH_MAX_DOCUMENT_BYTES must be at least 1024, got " + maxDocumentBytes);
        }
        if (ratePerSecond < 1 || rateBurst < 1) {
            problems.add("MH_API_RATE_PER_S and MH_API_RATE_BURST must be at least 1, got " + ratePerSecond + " and " + rateBurst);
        }
        if (webhooks == null) {
            webhooks = WebhookConfig.defaults();
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid api configuration: " + String.join("; ", problems));
        }
    }

    /** The defaults with this database and broker: for tests and the demo. */
    public static ApiConfig of(int port, StorageConfig storage, String mqttUri, MqttLogin login) {
        return new ApiConfig(port, storage, mqttUri, login, "meterhub-api", 50L * 1024 * 1024, 1_048_576, 50, 100, WebhookConfig.defaults());
    }

    public ApiConfig withLimits(long maxBody, int ratePerS, int burst) {
        return new ApiConfig(port, storage, mqttUri, mqttLogin, mqttClientId, maxBody, maxDocumentBytes, ratePerS, burst, webhooks);
    }

    public ApiConfig withMqttClientId(String clientId) {
        return new ApiConfig(port, storage, mqttUri, mqttLogin, clientId, maxBodyBytes, maxDocumentBytes, ratePerSecond, rateBurst, webhooks);
    }

    public ApiConfig withWebhooks(WebhookConfig value) {
        return new ApiConfig(port, storage, mqttUri, mqttLogin, mqttClientId, maxBodyBytes, maxDocumentBytes, ratePerSecond, rateBurst, value);
    }

    /** Reads every variable and names every wrong one at once. */
    public static ApiConfig fromEnvironment(Map<String, String> env) {
        EnvReader read = new EnvReader(env);
        int port = (int) read.number("MH_API_PORT", DEFAULT_PORT, 0, 65535);
        long maxBodyMb = read.number("MH_API_MAX_BODY_MB", 50, 1, 2047);
        int maxDocument = (int) read.number("MH_MAX_DOCUMENT_BYTES", 1_048_576, 1024, Integer.MAX_VALUE);
        int rate = (int) read.number("MH_API_RATE_PER_S", 50, 1, 1_000_000);
        int burst = (int) read.number("MH_API_RATE_BURST", 100, 1, 1_000_000);
        WebhookConfig webhooks = null;
        try {
            webhooks = WebhookConfig.from(read);
        } catch (IllegalArgumentException e) {
            read.problem(e.getMessage());
        }
        StorageConfig storage = null;
        MqttLogin login = MqttLogin.ANONYMOUS;
        try {
            storage = StorageConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            read.problem(e.getMessage());
        }
        try {
            login = MqttLogin.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            read.problem(e.getMessage());
        }
        read.validate("api");
        return new ApiConfig(port, storage, read.string("MH_MQTT_URI", "tcp://127.0.0.1:1883"), login,
                read.string("MH_API_MQTT_CLIENT_ID", "meterhub-api"), maxBodyMb * 1024 * 1024, maxDocument, rate, burst, webhooks);
    }

    private static boolean validBrokerUri(String uri) {
        try {
            URI parsed = URI.create(uri);
            return List.of("tcp", "ssl", "ws", "wss").contains(parsed.getScheme()) && parsed.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "ApiConfig[port=" + port + ", " + (storage == null ? "no database" : storage.jdbcUrl()) + ", " + mqttUri + " as " + mqttLogin + "]";
    }
}
