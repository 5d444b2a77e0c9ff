package io.meterhub.app.demo;

import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo replays its history faster than the pipeline takes it; the broker must keep every message
 * for the pipeline's persistent session meanwhile (HiveMQ's default keeps 1,000 and drops the rest).
 */
class EmbeddedBrokerTest {
    private static final int MESSAGES = 5_000;

    @Test
    void a_persistent_session_gets_every_message_published_while_it_was_away(@TempDir Path work) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work, freePort())) {
            MqttClient consumer = new MqttClient(broker.uri(), "pipeline", new MemoryPersistence());
            consumer.connect(persistentSession());
            consumer.subscribe("meterhub/v1/+/up", 1);
            consumer.disconnect();

            try (MqttUplinkPublisher controller = new MqttUplinkPublisher(broker.uri(), "controller")) {
                for (int i = 0; i < MESSAGES; i++) {
                    controller.publishRaw("CTL-1", ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                }
                controller.flush();
            }

            Set<String> received = ConcurrentHashMap.newKeySet();
            consumer.setCallback(new Collecting(received));
            consumer.connect(persistentSession());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received.size() < MESSAGES && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            consumer.disconnect();
            consumer.close();
            assertThat(received).hasSize(MESSAGES);
        }
    }

    private static MqttConnectionOptions persistentSession() {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(false);
        options.setSessionExpiryInterval(3_600L);
        return options;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Collecting(Set<String> received) implements MqttCallback {
        @Override
        public void messageArrived(String topic, MqttMessage message) {
            received.add(new String(message.getPayload(), StandardCharsets.UTF_8));
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
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
    }
}
