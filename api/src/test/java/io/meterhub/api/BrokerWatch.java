package io.meterhub.api;

import io.meterhub.testkit.TestServices;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Subscribes to the uplink topics of the test's controllers, as the pipeline would, and keeps what arrives. */
final class BrokerWatch implements AutoCloseable {
    record Received(String topic, String payload) {
    }

    private final MqttClient client;
    final List<Received> received = new CopyOnWriteArrayList<>();

    BrokerWatch(String topicFilter) throws MqttException {
        client = new MqttClient(TestServices.mqttUri(), "api-watch-" + TestServices.uniqueSuffix(), new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void disconnected(MqttDisconnectResponse response) {
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                received.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8)));
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverUri) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        });
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        client.connect(options);
        client.subscribe(topicFilter, 1);
    }

    /** Waits until n messages holding the text arrived (or the time is up) and returns those that did. */
    List<Received> await(String text, int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (holding(text).size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return holding(text);
    }

    List<Received> holding(String text) {
        return received.stream().filter(m -> m.payload().contains(text)).toList();
    }

    @Override
    public void close() throws MqttException {
        client.disconnect();
        client.close();
    }
}
