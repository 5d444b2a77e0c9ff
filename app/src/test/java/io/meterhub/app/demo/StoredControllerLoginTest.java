package io.meterhub.app.demo;

import io.meterhub.cabinet.registry.RegistryRepository;
import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.OnMessage;
import io.meterhub.ingest.mqtt.PublishRefusedException;
import io.meterhub.protocols.mqtt.MosquittoPasswordHash;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.storage.cabinet.registry.JdbcRegistryRepository;
import io.meterhub.storage.registry.ControllerCredentials;
import io.meterhub.storage.registry.MeterRegistry;
import io.meterhub.storage.registry.Organization;
import io.meterhub.testkit.TestServices;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A controller registered in the control panel logs in to the demo's broker with the password issued
 * there (its hash in PostgreSQL), without a restart; after a rotation the old password is refused;
 * and it may publish to its own topic only, like the simulated controllers.
 */
class StoredControllerLoginTest {
    @Test
    void a_controller_registered_in_the_panel_logs_in_at_once_and_its_rotated_password_is_refused(@TempDir Path work) throws Exception {
        try (Database database = Database.open(StorageConfig.of(TestServices.freshDatabase("broker_stored_controllers")))) {
            MeterRegistry registry = new MeterRegistry(database.dataSource());
            registry.saveOrganization(new Organization("ORG-B", "Broker test", "GRID_COMPANY", ZoneId.of("Europe/Samara"), "T1 00-24"));
            BrokerUsers users = BrokerUsers.generate(List.of("CTL-SIM")).withStored(new ControllerCredentials(database.dataSource())::matches);
            try (EmbeddedBroker broker = EmbeddedBroker.start(work, freePort(), users)) {
                // registered while the broker runs
                registry.saveController("CTL-PANEL", "ORG-B", "MQTT", "registered in the panel");
                RegistryRepository rows = new JdbcRegistryRepository(database.dataSource());
                String first = MosquittoPasswordHash.newPassword();
                rows.setPasswordHash("CTL-PANEL", MosquittoPasswordHash.hash(first), Instant.now(), false);

                Set<String> pipeline = ConcurrentHashMap.newKeySet();
                MqttClient consumer = new MqttClient(broker.uri(), "pipeline", new MemoryPersistence());
                consumer.setCallback((OnMessage) (topic, message) -> pipeline.add(topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8)));
                MqttConnectionOptions options = new MqttConnectionOptions();
                broker.users().pipelineLogin().applyTo(options);
                consumer.connect(options);
                consumer.subscribe("meterhub/v1/+/up", 1);

                try (MqttUplinkPublisher controller = new MqttUplinkPublisher(broker.uri(), "panel-1", MqttLogin.of("CTL-PANEL", first))) {
                    controller.publishRaw("CTL-PANEL", "{\"v\":1,\"readings\":[]}".getBytes(StandardCharsets.UTF_8));
                    controller.flush();
                }
                try (MqttUplinkPublisher controller = new MqttUplinkPublisher(broker.uri(), "panel-2", MqttLogin.of("CTL-PANEL", first))) {
                    assertThatThrownBy(() -> {
                        controller.publishRaw("CTL-SIM", "{\"v\":1}".getBytes(StandardCharsets.UTF_8));
                        controller.flush();
                    }).isInstanceOf(PublishRefusedException.class);
                }
                assertThat(connectRefusal(broker, MqttLogin.of("CTL-PANEL", "guessed"))).isEqualTo(0x87);
                assertThat(connectRefusal(broker, MqttLogin.of("CTL-UNKNOWN", first))).isEqualTo(0x87);
                assertThat(connectRefusal(broker, MqttLogin.of(BrokerUsers.PIPELINE, first))).as("never the pipeline").isEqualTo(0x87);

                String second = MosquittoPasswordHash.newPassword();
                rows.setPasswordHash("CTL-PANEL", MosquittoPasswordHash.hash(second), Instant.now(), true);
                assertThat(connectRefusal(broker, MqttLogin.of("CTL-PANEL", first))).as("the password before the rotation").isEqualTo(0x87);
                try (MqttUplinkPublisher controller = new MqttUplinkPublisher(broker.uri(), "panel-3", MqttLogin.of("CTL-PANEL", second))) {
                    controller.publishRaw("CTL-PANEL", "{\"v\":1,\"n\":2}".getBytes(StandardCharsets.UTF_8));
                    controller.flush();
                }

                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (pipeline.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                consumer.disconnect();
                consumer.close();
                assertThat(pipeline).containsExactlyInAnyOrder("meterhub/v1/CTL-PANEL/up {\"v\":1,\"readings\":[]}",
                        "meterhub/v1/CTL-PANEL/up {\"v\":1,\"n\":2}");
            }
        }
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

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
