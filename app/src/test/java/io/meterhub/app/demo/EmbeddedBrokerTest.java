package io.meterhub.app.demo;

import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.OnMessage;
import io.meterhub.ingest.mqtt.PublishRefusedException;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The demo replays its history faster than the pipeline takes it; the broker must keep every message
 * for the pipeline's persistent session meanwhile (HiveMQ's default keeps 1,000 and drops the rest).
 * And like the production broker it lets in only its users, each doing only what its role allows.
 */
class EmbeddedBrokerTest {
    private static final int MESSAGES = 5_000;

    @Test
    void a_persistent_session_gets_every_message_published_while_it_was_away(@TempDir Path work) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work, freePort(), BrokerUsers.generate(List.of("CTL-1")))) {
            MqttClient consumer = new MqttClient(broker.uri(), "pipeline", new MemoryPersistence());
            consumer.connect(persistentSession(broker.users().pipelineLogin()));
            consumer.subscribe("meterhub/v1/+/up", 1);
            consumer.disconnect();

            try (MqttUplinkPublisher controller = new MqttUplinkPublisher(broker.uri(), "controller", broker.users().login("CTL-1"))) {
                for (int i = 0; i < MESSAGES; i++) {
                    controller.publishRaw("CTL-1", ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                }
                controller.flush();
            }

            Set<String> received = ConcurrentHashMap.newKeySet();
            consumer.setCallback(collecting(received));
            consumer.connect(persistentSession(broker.users().pipelineLogin()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received.size() < MESSAGES && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            consumer.disconnect();
            consumer.close();
            assertThat(received).hasSize(MESSAGES);
        }
    }

    @Test
    void an_anonymous_client_or_a_wrong_password_is_refused(@TempDir Path work) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work, freePort(), BrokerUsers.generate(List.of("CTL-1")))) {
            assertThat(connectRefusal(broker, MqttLogin.ANONYMOUS)).isEqualTo(0x87);
            assertThat(connectRefusal(broker, MqttLogin.of("CTL-1", "guessed"))).isEqualTo(0x87);
            assertThat(connectRefusal(broker, MqttLogin.of("CTL-9", broker.users().login("CTL-1").password()))).isEqualTo(0x87);
        }
    }

    @Test
    void a_controller_publishes_only_its_own_uplinks_and_reads_none(@TempDir Path work) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work, freePort(), BrokerUsers.generate(List.of("CTL-1", "CTL-2")))) {
            Set<String> pipeline = ConcurrentHashMap.newKeySet();
            MqttClient consumer = new MqttClient(broker.uri(), "pipeline", new MemoryPersistence());
            consumer.setCallback(collecting(pipeline));
            consumer.connect(persistentSession(broker.users().pipelineLogin()));
            assertThat(consumer.subscribe(new MqttSubscription[] {new MqttSubscription("$share/meterhub/meterhub/v1/+/up", 1)})
                    .getReasonCodes()).containsExactly(1);

            Set<String> eavesdropped = ConcurrentHashMap.newKeySet();
            MqttClient intruder = new MqttClient(broker.uri(), "intruder", new MemoryPersistence());
            intruder.setCallback(collecting(eavesdropped));
            intruder.connect(persistentSession(broker.users().login("CTL-1")));
            // HiveMQ refuses what a controller may not read in the SUBACK: 0x87 not authorized
            assertThat(intruder.subscribe(new MqttSubscription[] {new MqttSubscription("$share/meterhub/meterhub/v1/+/up", 1),
                    new MqttSubscription("meterhub/v1/+/up", 1), new MqttSubscription("#", 1)}).getReasonCodes())
                    .containsExactly(0x87, 0x87, 0x87);
            intruder.disconnect();
            intruder.close();

            // HiveMQ answers PUBACK 0x87 (not authorized) and then closes the controller's connection.
            for (String topic : List.of("meterhub/v1/CTL-2/up", "meterhub/v1/a/b/up")) {
                MqttAsyncClient controller = new MqttAsyncClient(broker.uri(), "controller-wrong", new MemoryPersistence());
                controller.connect(persistentSession(broker.users().login("CTL-1"))).waitForCompletion(10_000);
                IMqttToken publish = controller.publish(topic, new MqttMessage("{\"v\":1}".getBytes(StandardCharsets.UTF_8), 1, false, null));
                publish.waitForCompletion(10_000);
                assertThat(publish.getReasonCodes()).as(topic).containsExactly(0x87);
                long closedBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (controller.isConnected() && System.nanoTime() < closedBy) {
                    Thread.sleep(20);
                }
                assertThat(controller.isConnected()).as("connected after publishing to " + topic).isFalse();
                controller.close();
            }
            try (MqttUplinkPublisher controller = new MqttUplinkPublisher(broker.uri(), "controller", broker.users().login("CTL-1"))) {
                assertThatThrownBy(() -> {
                    controller.publishRaw("CTL-2", "{\"v\":1}".getBytes(StandardCharsets.UTF_8));
                    controller.flush();
                }).isInstanceOfSatisfying(PublishRefusedException.class, refused -> assertThat(refused.reasonCode()).isEqualTo(0x87));
            }
            try (MqttUplinkPublisher controller = new MqttUplinkPublisher(broker.uri(), "controller", broker.users().login("CTL-1"))) {
                controller.publishRaw("CTL-1", "{\"own\":1}".getBytes(StandardCharsets.UTF_8));
                controller.flush();
            }

            awaitFirstThenClose(consumer, pipeline);
            assertThat(pipeline).containsExactly("{\"own\":1}");
            assertThat(eavesdropped).isEmpty();
        }
    }

    /** The demo's integration API publishes telemetry sent over HTTP for every controller, as deploy/mosquitto/acl lets it. */
    @Test
    void the_api_user_publishes_to_every_controllers_uplink_topic_and_reads_none(@TempDir Path work) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(work, freePort(), BrokerUsers.generate(List.of("CTL-1", "CTL-2")))) {
            Set<String> pipeline = ConcurrentHashMap.newKeySet();
            MqttClient consumer = new MqttClient(broker.uri(), "pipeline", new MemoryPersistence());
            consumer.setCallback(collecting(pipeline));
            consumer.connect(persistentSession(broker.users().pipelineLogin()));
            consumer.subscribe(new MqttSubscription[] {new MqttSubscription("$share/meterhub/meterhub/v1/+/up", 1)});

            MqttClient reader = new MqttClient(broker.uri(), "api-reading", new MemoryPersistence());
            reader.connect(persistentSession(broker.users().apiLogin()));
            assertThat(reader.subscribe(new MqttSubscription[] {new MqttSubscription("meterhub/v1/+/up", 1)}).getReasonCodes())
                    .containsExactly(0x87);
            reader.disconnect();
            reader.close();
            try (MqttUplinkPublisher api = new MqttUplinkPublisher(broker.uri(), "api", broker.users().apiLogin())) {
                api.publishRaw("CTL-1", "{\"one\":1}".getBytes(StandardCharsets.UTF_8));
                api.publishRaw("CTL-2", "{\"two\":2}".getBytes(StandardCharsets.UTF_8));
                api.flush();
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (pipeline.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            consumer.disconnect();
            consumer.close();
            assertThat(pipeline).containsExactlyInAnyOrder("{\"one\":1}", "{\"two\":2}");
        }
    }

    /** The line the demo prints, with Mosquitto's own client (skipped where the machine has none). */
    @Test
    void mosquitto_pub_with_a_demo_controllers_credentials_reaches_the_pipeline(@TempDir Path work) throws Exception {
        Path mosquittoPub = Path.of("/usr/bin/mosquitto_pub");
        assumeTrue(Files.isExecutable(mosquittoPub), "no mosquitto_pub on this machine (Debian: apt-get install mosquitto-clients)");
        try (EmbeddedBroker broker = EmbeddedBroker.start(work, freePort(), BrokerUsers.generate(List.of("CTL-1")))) {
            Set<String> pipeline = ConcurrentHashMap.newKeySet();
            MqttClient consumer = new MqttClient(broker.uri(), "pipeline", new MemoryPersistence());
            consumer.setCallback(collecting(pipeline));
            consumer.connect(persistentSession(broker.users().pipelineLogin()));
            consumer.subscribe("meterhub/v1/+/up", 1);
            String port = broker.uri().substring(broker.uri().lastIndexOf(':') + 1);

            assertThat(mosquittoPub(mosquittoPub, "-p", port, "-u", "CTL-1", "-P", broker.users().login("CTL-1").password(),
                    "-t", "meterhub/v1/CTL-1/up", "-m", "{\"v\":1,\"readings\":[]}")).isEqualTo(0);
            assertThat(mosquittoPub(mosquittoPub, "-p", port, "-t", "meterhub/v1/CTL-1/up", "-m", "anonymous")).isNotEqualTo(0);

            awaitFirstThenClose(consumer, pipeline);
            assertThat(pipeline).containsExactly("{\"v\":1,\"readings\":[]}");
        }
    }

    private static void awaitFirstThenClose(MqttClient consumer, Set<String> received) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (received.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        consumer.disconnect();
        consumer.close();
    }

    private static int mosquittoPub(Path binary, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-V", "5", "-q", "1", "-h", "127.0.0.1"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private static int connectRefusal(EmbeddedBroker broker, MqttLogin login) throws MqttException {
        MqttClient client = new MqttClient(broker.uri(), "refused", new MemoryPersistence());
        try {
            MqttConnectionOptions options = new MqttConnectionOptions();
            login.applyTo(options);
            client.connect(options);
            client.disconnect();
        } catch (MqttException e) {
            return e.getReasonCode();
        } finally {
            client.close();
        }
        throw new AssertionError("the demo broker let " + login + " in");
    }

    private static MqttConnectionOptions persistentSession(MqttLogin login) {
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(false);
        options.setSessionExpiryInterval(3_600L);
        login.applyTo(options);
        return options;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static OnMessage collecting(Set<String> received) {
        return (topic, message) -> received.add(new String(message.getPayload(), StandardCharsets.UTF_8));
    }
}
