package io.meterhub.api.telemetry;

import io.meterhub.api.problem.ProblemException;
import io.meterhub.api.problem.Problems;
import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.PublishRefusedException;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The API's one connection to the broker, as its own user (which may publish to any controller's
 * uplink topic). Unlike {@link MqttUplinkPublisher}, which waits for everything in flight, each call
 * waits for the acknowledgements of its own messages only, so that concurrent requests answer for
 * what they sent and a refusal is reported to the request that caused it.
 */
public final class BrokerPublisher implements AutoCloseable {
    private final MqttAsyncClient client;
    private final String brokerUri;

    public BrokerPublisher(String brokerUri, String clientId, MqttLogin login) {
        this.brokerUri = brokerUri;
        this.client = MqttUplinkPublisher.connect(brokerUri, clientId, login);
    }

    /** A document for a controller's uplink topic. */
    public record Outgoing(String controllerId, byte[] payload) {
    }

    /**
     * Publishes each message at QoS 1 and waits until the broker has acknowledged them all, or the time
     * is up. Returns, per message, null when the broker accepted it, otherwise why it did not.
     *
     * @throws ProblemException (503) when the broker is not connected: nothing was published
     */
    public List<String> publishAll(List<Outgoing> messages, Duration timeout) {
        if (!client.isConnected()) {
            throw new ProblemException(Problems.unavailable("the MQTT broker at " + brokerUri + " is not connected; nothing was published,"
                    + " send the request again"));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<IMqttToken> tokens = new ArrayList<>(messages.size());
        List<String> outcomes = new ArrayList<>(messages.size());
        for (Outgoing message : messages) {
            try {
                tokens.add(publish(message, tokens, deadline));
                outcomes.add(null);
            } catch (MqttException e) {
                tokens.add(null);
                outcomes.add("the broker did not take the document: " + e.getMessage());
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) != null) {
                outcomes.set(i, acknowledgement(tokens.get(i), deadline));
            }
        }
        return outcomes;
    }

    private IMqttToken publish(Outgoing outgoing, List<IMqttToken> earlier, long deadline) throws MqttException {
        MqttMessage message = new MqttMessage(outgoing.payload());
        message.setQos(1);
        int oldest = 0;
        while (true) {
            try {
                return client.publish(MqttUplinkPublisher.uplinkTopic(outgoing.controllerId()), message);
            } catch (MqttException e) {
                // The broker's Receive Maximum caps unacknowledged publishes: wait for one of ours, then try again.
                if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT || System.nanoTime() > deadline) {
                    throw e;
                }
                while (oldest < earlier.size() && (earlier.get(oldest) == null || earlier.get(oldest).isComplete())) {
                    oldest++;
                }
                if (oldest < earlier.size()) {
                    earlier.get(oldest).waitForCompletion(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } else {
                    sleepBriefly(); // other requests' messages fill the window
                }
            }
        }
    }

    private static String acknowledgement(IMqttToken token, long deadline) {
        try {
            token.waitForCompletion(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (MqttException e) {
            return "the broker did not acknowledge the document: " + e.getMessage();
        }
        if (!token.isComplete()) {
            return "the broker did not acknowledge the document in time";
        }
        int[] reasonCodes = token.getReasonCodes();
        if (reasonCodes != null) {
            for (int reasonCode : reasonCodes) {
                if (reasonCode >= 0x80) {
                    return new PublishRefusedException(String.join(",", token.getTopics() == null ? new String[0] : token.getTopics()),
                            reasonCode).getMessage();
                }
            }
        }
        return null;
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }

    public boolean connected() {
        return client.isConnected();
    }

    @Override
    public void close() {
        try {
            client.disconnect().waitForCompletion(5_000);
        } catch (MqttException e) {
            // closing is best effort: the broker drops a clean session either way
        } finally {
            try {
                client.close();
            } catch (MqttException e) {
                // already closed
            }
        }
    }
}
