package io.meterhub.ingest.mqtt;

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
import java.util.List;

/**
 * Publishes controllers' uplink documents to {@code meterhub/v1/{controller}/up} at QoS 1, as a
 * real controller or gateway would. On a broker that authenticates controllers, a connection may
 * publish only for the controller it logged in as ({@link ControllerPublishers} keeps one each);
 * a publish the broker refuses (PUBACK reason code 0x80 or above) fails the next publish or flush.
 */
public final class MqttUplinkPublisher implements UplinkPublisher {
    public static final String TOPIC_PREFIX = "meterhub/v1/";
    private static final int MAX_IN_FLIGHT = 1000;

    private final MqttAsyncClient client;
    private final Deque<IMqttToken> inFlight = new ArrayDeque<>();

    public MqttUplinkPublisher(String brokerUri, String clientId) {
        this(brokerUri, clientId, MqttLogin.ANONYMOUS);
    }

    public MqttUplinkPublisher(String brokerUri, String clientId, MqttLogin login) {
        client = connect(brokerUri, clientId, login);
    }

    /**
     * A publishing client connected with a clean session that reconnects by itself; fails when the
     * broker cannot be reached or refuses the login.
     */
    public static MqttAsyncClient connect(String brokerUri, String clientId, MqttLogin login) {
        List<String> problems = login.problemsWith(brokerUri);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        try {
            MqttAsyncClient client = new MqttAsyncClient(brokerUri, clientId, new MemoryPersistence());
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setCleanStart(true);
            options.setAutomaticReconnect(true);
            options.setReceiveMaximum(MAX_IN_FLIGHT);
            login.applyTo(options);
            client.connect(options).waitForCompletion(10_000);
            return client;
        } catch (MqttException e) {
            throw new IllegalStateException("cannot connect to the MQTT broker at " + brokerUri + " as " + login + ": " + e.getMessage(), e);
        }
    }

    public static String uplinkTopic(String controllerId) {
        return TOPIC_PREFIX + controllerId + "/up";
    }

    @Override
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
                        requireAccepted(inFlight.removeFirst());
                    }
                    if (inFlight.size() >= MAX_IN_FLIGHT) {
                        awaitAccepted(inFlight.removeFirst());
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
                        awaitAccepted(inFlight.removeFirst());
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

    @Override
    public synchronized void flush() {
        try {
            while (!inFlight.isEmpty()) {
                awaitAccepted(inFlight.removeFirst());
            }
        } catch (MqttException e) {
            throw new IllegalStateException("the broker did not acknowledge a publish: " + e.getMessage(), e);
        }
    }

    private static void awaitAccepted(IMqttToken token) throws MqttException {
        token.waitForCompletion(30_000);
        requireAccepted(token);
    }

    /** An MQTT 5 broker says "no" in the PUBACK (0x87 not authorized, 0x90 topic name invalid, ...): never drop that silently. */
    private static void requireAccepted(IMqttToken token) {
        int[] reasonCodes = token.getReasonCodes();
        if (reasonCodes != null) {
            for (int reasonCode : reasonCodes) {
                if (reasonCode >= 0x80) {
                    throw new PublishRefusedException(String.join(",", token.getTopics() == null ? new String[0] : token.getTopics()), reasonCode);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            try {
                client.disconnect().waitForCompletion(5_000);
                client.close();
            } catch (MqttException e) {
                // closing is best effort: the broker drops the session either way
            }
        }
    }
}
