package io.meterhub.ingest.mqtt;

import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Subscribes to the controllers' uplinks with MQTT 5: a persistent session (the broker keeps what
 * arrives while we are away), QoS 1, a shared subscription (instances split the load), and manual
 * acknowledgements, so that a message is acknowledged only when its owner says its data is safe.
 */
public final class MqttUplinkSubscriber implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MqttUplinkSubscriber.class);
    /** The most unacknowledged messages the broker may have in flight to us (MQTT 5 Receive Maximum). */
    public static final int RECEIVE_MAXIMUM = 65_535;

    private final MqttIngestConfig config;
    private final String clientId;
    private final MqttAsyncClient client;

    public MqttUplinkSubscriber(MqttIngestConfig config, String clientId, Consumer<InboundUplink> handler) {
        this.config = config;
        this.clientId = clientId;
        try {
            client = new MqttAsyncClient(config.brokerUri(), clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalStateException("cannot create an MQTT client for " + config.brokerUri() + ": " + e.getMessage(), e);
        }
        client.setManualAcks(true);
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
                LOG.warn("MQTT client {} disconnected from {}: {}", clientId, config.brokerUri(), response.getReasonString());
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
                LOG.warn("MQTT client {} error: {}", clientId, exception.getMessage());
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                handler.accept(new InboundUplink(topic, message.getPayload(), System.currentTimeMillis(), message.getId(), message.getQos()));
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
                if (reconnect) {
                    LOG.info("MQTT client {} reconnected to {}", clientId, serverUri);
                    subscribe();
                }
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        });
    }

    public void start() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(false);
        options.setSessionExpiryInterval(config.sessionExpirySeconds());
        options.setAutomaticReconnect(true);
        options.setAutomaticReconnectDelay(1, 30);
        options.setReceiveMaximum(RECEIVE_MAXIMUM);
        options.setKeepAliveInterval(30);
        config.login().applyTo(options);
        try {
            client.connect(options).waitForCompletion(15_000);
        } catch (MqttException e) {
            throw new IllegalStateException("cannot connect to the MQTT broker at " + config.brokerUri() + " as " + clientId
                    + " (" + config.login() + "): " + e.getMessage(), e);
        }
        subscribe();
        LOG.info("MQTT client {} subscribed to {} at {}", clientId, config.sharedFilter(), config.brokerUri());
    }

    private void subscribe() {
        try {
            IMqttToken token = client.subscribe(new MqttSubscription(config.sharedFilter(), 1));
            token.waitForCompletion(15_000);
            int[] granted = token.getReasonCodes();
            if (granted != null && granted.length > 0 && granted[0] >= 0x80) {
                // A refused subscription would otherwise look like a quiet fleet.
                throw new IllegalStateException("the broker refused the subscription to " + config.sharedFilter() + " for "
                        + config.login() + ": reason code 0x" + Integer.toHexString(granted[0])
                        + " (may this user read meterhub/v1/+/up? see deploy/mosquitto/acl)");
            }
        } catch (MqttException e) {
            throw new IllegalStateException("cannot subscribe to " + config.sharedFilter() + ": " + e.getMessage(), e);
        }
    }

    /** Tells the broker a message is safe with us; until then it will redeliver it after a reconnect. */
    public void acknowledge(int messageId, int qos) {
        if (qos == 0) {
            return;
        }
        try {
            client.messageArrivedComplete(messageId, qos);
        } catch (MqttException e) {
            // The session is gone or reconnecting: the broker redelivers and the sinks are idempotent.
            LOG.debug("could not acknowledge message {}: {}", messageId, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
            client.close();
        } catch (MqttException e) {
            LOG.debug("closing MQTT client {}: {}", clientId, e.getMessage());
        }
    }
}
