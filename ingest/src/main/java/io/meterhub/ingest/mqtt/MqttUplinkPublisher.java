package io.meterhub.ingest.mqtt;

import io.meterhub.protocols.telemetry.TelemetryCodec;
import io.meterhub.protocols.telemetry.UplinkDocument;
import io.meterhub.protocols.telemetry.UplinkPublisher;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Publishes controllers' uplink documents to {@code meterhub/v1/{controller}/up} at QoS 1, as a
 * real controller or gateway would. Several controllers may share one connection: the topic, not
 * the MQTT client, names the controller.
 */
public final class MqttUplinkPublisher implements UplinkPublisher {
    public static final String TOPIC_PREFIX = "meterhub/v1/";
    private static final int MAX_IN_FLIGHT = 1000;

    private final MqttAsyncClient client;
    private final TelemetryCodec codec = new TelemetryCodec();
    private final Deque<IMqttToken> inFlight = new ArrayDeque<>();

    public MqttUplinkPublisher(String brokerUri, String clientId) {
        try {
            client = new MqttAsyncClient(brokerUri, clientId, new MemoryPersistence());
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setCleanStart(true);
            options.setAutomaticReconnect(true);
            options.setReceiveMaximum(MAX_IN_FLIGHT);
            client.connect(options).waitForCompletion(10_000);
        } catch (MqttException e) {
            throw new IllegalStateException("cannot connect to the MQTT broker at " + brokerUri + ": " + e.getMessage(), e);
        }
    }

    public static String uplinkTopic(String controllerId) {
        return TOPIC_PREFIX + controllerId + "/up";
    }

    public void publish(UplinkDocument document) {
        publishRaw(document.controllerId(), codec.encode(document));
    }

    /** Sends bytes as they are: simulators use it to send malformed documents on purpose. */
    public synchronized void publishRaw(String controllerId, byte[] payload) {
        MqttMessage message = new MqttMessage(payload);
        message.setQos(1);
        long giveUpAt = System.nanoTime() + 60_000_000_000L;
        try {
            while (true) {
                try {
                    inFlight.addLast(client.publish(uplinkTopic(controllerId), message));
                    // Acknowledged tokens hold their payloads: let them go, or a long-running gateway grows without end.
                    while (!inFlight.isEmpty() && inFlight.peekFirst().isComplete()) {
                        inFlight.removeFirst();
                    }
                    if (inFlight.size() >= MAX_IN_FLIGHT) {
                        inFlight.removeFirst().waitForCompletion(30_000);
                    }
                    return;
                } catch (MqttException e) {
                    // The broker's Receive Maximum (Mosquitto: 20) caps unacknowledged publishes:
                    // wait for the oldest to complete, then try again.
                    if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT || System.nanoTime() > giveUpAt) {
                        throw e;
                    }
                    if (inFlight.isEmpty()) {
                        Thread.sleep(1); // acknowledged, but Paho has not freed the slot yet
                    } else {
                        inFlight.removeFirst().waitForCompletion(30_000);
                    }
                }
            }
        } catch (MqttException e) {
            throw new IllegalStateException("cannot publish for controller " + controllerId + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing for controller " + controllerId, e);
        }
    }

    /** Waits until the broker has acknowledged everything published so far. */
    public synchronized void flush() {
        try {
            while (!inFlight.isEmpty()) {
                inFlight.removeFirst().waitForCompletion(30_000);
            }
        } catch (MqttException e) {
            throw new IllegalStateException("the broker did not acknowledge a publish: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
            client.disconnect().waitForCompletion(5_000);
            client.close();
        } catch (MqttException e) {
            // closing is best effort: the broker drops the session either way
        }
    }
}
