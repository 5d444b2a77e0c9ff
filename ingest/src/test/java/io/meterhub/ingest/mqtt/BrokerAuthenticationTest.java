package io.meterhub.ingest.mqtt;

import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.OnMessage;
import io.meterhub.ingest.mqtt.PublishRefusedException;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The broker as shipped in deploy/mosquitto (real Mosquitto 2, its ACL file, a password file and
 * certificates made by its scripts) against the pipeline's subscriber and the controllers' publisher.
 */
class BrokerAuthenticationTest {
    private static final String STREAM_PASSWORD = "stream-secret";
    private static final String A_PASSWORD = "a-secret";
    private static final String B_PASSWORD = "b-secret";
    private static final String OPS_PASSWORD = "ops-secret";
    private static final String API_PASSWORD = "api-secret";
    /** Not the documented default: on Mosquitto the pipeline's share group is kept secret (see the last tests). */
    private static final String SECRET_GROUP = "g7Jq2xVb9Lr4";

    @TempDir
    static Path work;
    private static ShippedMosquitto broker;
    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @BeforeAll
    static void startBroker() throws Exception {
        Optional<Path> mosquitto = ShippedMosquitto.binary();
        assumeTrue(mosquitto.isPresent(), "no mosquitto binary on this machine (Debian: apt-get install mosquitto): the shipped"
                + " broker configuration is not tested here");
        broker = ShippedMosquitto.start(mosquitto.get(), work, "meterhub-stream", STREAM_PASSWORD, "ctl-A", A_PASSWORD,
                "ctl-B", B_PASSWORD, "meterhub-ops", OPS_PASSWORD, "meterhub-api", API_PASSWORD);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @AfterEach
    void closeClients() throws Exception {
        for (AutoCloseable client : opened) {
            client.close();
        }
    }

    @Test
    void an_anonymous_client_is_refused() {
        // Mosquitto 2.0 answers a refused login with CONNACK 0x87 (not authorized), not 0x86.
        assertThat(connectRefusal(null, null)).isEqualTo(0x87);
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThat(connectRefusal("ctl-A", "not-" + A_PASSWORD)).isEqualTo(0x87);
        assertThat(connectRefusal("ctl-unknown", A_PASSWORD)).isEqualTo(0x87);
    }

    @Test
    void a_controllers_own_uplink_reaches_the_pipeline_through_its_shared_subscription() throws Exception {
        BlockingQueue<InboundUplink> pipeline = pipeline(broker.plainUri(), MqttLogin.of("meterhub-stream", STREAM_PASSWORD));
        MqttUplinkPublisher controller = controller(broker.plainUri(), MqttLogin.of("ctl-A", A_PASSWORD));

        controller.publishRaw("ctl-A", bytes("{\"v\":1}"));
        controller.flush();

        InboundUplink uplink = pipeline.poll(10, TimeUnit.SECONDS);
        assertThat(uplink).isNotNull();
        assertThat(uplink.topic()).isEqualTo("meterhub/v1/ctl-A/up");
        assertThat(uplink.controllerId()).isEqualTo("ctl-A");
    }

    @Test
    void a_controller_cannot_publish_for_another_controller_nor_to_a_malformed_topic() throws Exception {
        BlockingQueue<InboundUplink> pipeline = pipeline(broker.plainUri(), MqttLogin.of("meterhub-stream", STREAM_PASSWORD));
        MqttUplinkPublisher controller = controller(broker.plainUri(), MqttLogin.of("ctl-A", A_PASSWORD));

        assertThat(refusal(controller, "ctl-B")).isEqualTo(0x87);
        // meterhub/v1/a/b/up: the old broker acknowledged it and the pipeline lost it silently
        assertThat(refusal(controller, "a/b")).isEqualTo(0x87);
        assertThat(refusal(controller, "ctl-A/extra")).isEqualTo(0x87);

        // Still connected, and its own uplink goes through: whatever reached the pipeline before it would show now.
        controller.publishRaw("ctl-A", bytes("{\"marker\":1}"));
        controller.flush();
        assertThat(topicsUntilMarker(pipeline)).containsExactly("meterhub/v1/ctl-A/up");
    }

    @Test
    void the_pipeline_user_cannot_pose_as_a_controller() throws Exception {
        MqttUplinkPublisher stream = controller(broker.plainUri(), MqttLogin.of("meterhub-stream", STREAM_PASSWORD));
        assertThat(refusal(stream, "meterhub-stream")).isEqualTo(0x87);
        assertThat(refusal(stream, "ctl-A")).isEqualTo(0x87);
    }

    /** The integration API publishes telemetry sent over HTTP for any controller (it checks the organization itself). */
    @Test
    void the_api_user_publishes_to_every_controllers_uplink_topic_but_not_as_itself() throws Exception {
        BlockingQueue<InboundUplink> pipeline = pipeline(broker.plainUri(), MqttLogin.of("meterhub-stream", STREAM_PASSWORD));
        MqttUplinkPublisher api = controller(broker.plainUri(), MqttLogin.of("meterhub-api", API_PASSWORD));

        assertThat(refusal(api, "meterhub-api")).isEqualTo(0x87);
        assertThat(refusal(api, "a/b")).isEqualTo(0x87);
        api.publishRaw("ctl-A", bytes("{\"v\":1}"));
        api.publishRaw("ctl-B", bytes("{\"marker\":1}"));
        api.flush();
        assertThat(topicsUntilMarker(pipeline)).containsExactly("meterhub/v1/ctl-A/up", "meterhub/v1/ctl-B/up");
    }

    @Test
    void a_controller_reads_no_uplinks_whatever_it_subscribes_to() throws Exception {
        BlockingQueue<InboundUplink> pipeline = pipeline(broker.plainUri(), MqttLogin.of("meterhub-stream", STREAM_PASSWORD));
        BlockingQueue<String> eavesdropped = new LinkedBlockingQueue<>();
        // Mosquitto 2.0's acl_file does not check SUBSCRIBE: it grants every filter (SUBACK 0x00 at QoS 0, 0x01 at
        // QoS 1) and refuses at delivery instead. "$share/meterhub/..." is the documented default group.
        int[] granted = subscribe(MqttLogin.of("ctl-A", A_PASSWORD), eavesdropped,
                "meterhub/v1/+/up", "#", "$share/meterhub/meterhub/v1/+/up", "meterhub/v1/ctl-B/up");
        assertThat(granted).containsOnly(0x01);

        MqttUplinkPublisher other = controller(broker.plainUri(), MqttLogin.of("ctl-B", B_PASSWORD));
        for (int i = 0; i < 6; i++) {
            other.publishRaw("ctl-B", bytes("{\"n\":" + i + "}"));
        }
        other.publishRaw("ctl-B", bytes("{\"marker\":1}"));
        other.flush();

        // The pipeline gets all seven (the controller's share group is another group), the controller none.
        assertThat(topicsUntilMarker(pipeline)).hasSize(7);
        assertThat(eavesdropped.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }

    /**
     * Why MH_MQTT_SHARE_GROUP is a secret on Mosquitto: a controller that joins the pipeline's share
     * group is granted the subscription, is handed its turn of the uplinks, and Mosquitto drops them
     * because the controller may not read them. When this test fails, Mosquitto refuses such a
     * subscription or redelivers: the secret is no longer needed.
     */
    @Test
    void a_controller_that_knows_the_share_group_takes_uplinks_away_from_the_pipeline() throws Exception {
        BlockingQueue<InboundUplink> pipeline = pipeline(broker.plainUri(), MqttLogin.of("meterhub-stream", STREAM_PASSWORD));
        BlockingQueue<String> stolen = new LinkedBlockingQueue<>();
        subscribe(MqttLogin.of("ctl-A", A_PASSWORD), stolen, "$share/" + SECRET_GROUP + "/meterhub/v1/+/up");

        MqttUplinkPublisher other = controller(broker.plainUri(), MqttLogin.of("ctl-B", B_PASSWORD));
        for (int i = 0; i < 6; i++) {
            other.publishRaw("ctl-B", bytes("{\"n\":" + i + "}"));
        }
        other.flush();

        List<InboundUplink> received = new ArrayList<>();
        InboundUplink uplink;
        while ((uplink = pipeline.poll(2, TimeUnit.SECONDS)) != null) {
            received.add(uplink);
        }
        assertThat(stolen).isEmpty();
        assertThat(received).hasSizeLessThan(6);
    }

    /** docker-compose.yml's health check: meterhub-ops reads the broker's uptime on the loopback listener, and no uplink. */
    @Test
    void the_ops_user_reads_the_brokers_status_and_no_uplinks() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        subscribe(MqttLogin.of("meterhub-ops", OPS_PASSWORD), received, "$SYS/broker/uptime", "meterhub/v1/+/up");
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo("$SYS/broker/uptime");

        MqttUplinkPublisher controller = controller(broker.plainUri(), MqttLogin.of("ctl-A", A_PASSWORD));
        controller.publishRaw("ctl-A", bytes("{\"v\":1}"));
        controller.flush();
        String next;
        while ((next = received.poll(1, TimeUnit.SECONDS)) != null) {
            assertThat(next).isEqualTo("$SYS/broker/uptime");
        }
    }

    @Test
    void over_tls_a_controller_that_trusts_the_ca_reaches_the_pipeline() throws Exception {
        BlockingQueue<InboundUplink> pipeline = pipeline(broker.tlsUri(),
                MqttLogin.of("meterhub-stream", STREAM_PASSWORD).trustingCaFile(broker.caFile));
        MqttUplinkPublisher controller = controller(broker.tlsUri(), MqttLogin.of("ctl-A", A_PASSWORD).trustingCaFile(broker.caFile));

        controller.publishRaw("ctl-A", bytes("{\"v\":1}"));
        controller.flush();
        assertThat(refusal(controller, "ctl-B")).isEqualTo(0x87);

        InboundUplink uplink = pipeline.poll(10, TimeUnit.SECONDS);
        assertThat(uplink).isNotNull();
        assertThat(uplink.topic()).isEqualTo("meterhub/v1/ctl-A/up");
    }

    @Test
    void over_tls_a_client_that_does_not_trust_the_ca_does_not_connect() {
        assertThatThrownBy(() -> controller(broker.tlsUri(), MqttLogin.of("ctl-A", A_PASSWORD)))
                .hasMessageContaining("cannot connect")
                .hasRootCauseInstanceOf(CertPathBuilderException.class);
    }

    @Test
    void over_tls_an_anonymous_client_is_refused_too() {
        MqttLogin anonymous = new MqttLogin(null, null, null).trustingCaFile(broker.caFile);
        assertThatThrownBy(() -> controller(broker.tlsUri(), anonymous))
                .hasMessageContaining("cannot connect")
                .hasRootCauseInstanceOf(MqttException.class);
    }

    private BlockingQueue<InboundUplink> pipeline(String uri, MqttLogin login) {
        BlockingQueue<InboundUplink> received = new LinkedBlockingQueue<>();
        // Session expiry 0: a closed test subscriber must not stay in the share group and take its turn of later tests' uplinks.
        MqttIngestConfig config = new MqttIngestConfig(uri, "mh-stream", SECRET_GROUP, login, 0);
        String clientId = "mh-stream-" + CLIENTS.incrementAndGet();
        MqttUplinkSubscriber[] subscriber = new MqttUplinkSubscriber[1];
        subscriber[0] = new MqttUplinkSubscriber(config, clientId, uplink -> {
            received.add(uplink);
            subscriber[0].acknowledge(uplink.messageId(), uplink.qos());
        });
        opened.add(subscriber[0]);
        subscriber[0].start();
        return received;
    }

    private MqttUplinkPublisher controller(String uri, MqttLogin login) {
        MqttUplinkPublisher publisher = new MqttUplinkPublisher(uri, "controller-" + CLIENTS.incrementAndGet(), login);
        opened.add(publisher);
        return publisher;
    }

    /** The PUBACK reason code of a publish to meterhub/v1/{controllerId}/up that must be refused. */
    private static int refusal(MqttUplinkPublisher publisher, String controllerId) {
        try {
            publisher.publishRaw(controllerId, bytes("{\"v\":1}"));
            publisher.flush();
        } catch (PublishRefusedException e) {
            assertThat(e.topic()).isEqualTo("meterhub/v1/" + controllerId + "/up");
            return e.reasonCode();
        }
        throw new AssertionError("the broker accepted a publish to meterhub/v1/" + controllerId + "/up");
    }

    private static List<String> topicsUntilMarker(BlockingQueue<InboundUplink> pipeline) throws InterruptedException {
        List<String> topics = new ArrayList<>();
        while (true) {
            InboundUplink uplink = pipeline.poll(10, TimeUnit.SECONDS);
            assertThat(uplink).as("the marker uplink, after " + topics).isNotNull();
            topics.add(uplink.topic());
            if (new String(uplink.payload(), StandardCharsets.UTF_8).contains("marker")) {
                return topics;
            }
        }
    }

    private static int connectRefusal(String user, String password) {
        try {
            MqttClient client = new MqttClient(broker.plainUri(), "refused-" + CLIENTS.incrementAndGet(), new MemoryPersistence());
            MqttConnectionOptions options = new MqttConnectionOptions();
            MqttLogin.of(user, password).applyTo(options);
            try {
                client.connect(options);
                client.disconnect();
            } finally {
                client.close();
            }
        } catch (MqttException e) {
            return e.getReasonCode();
        }
        throw new AssertionError("the broker let " + (user == null ? "an anonymous client" : user) + " in");
    }

    /** Subscribes at QoS 1 and returns the SUBACK reason codes. */
    private int[] subscribe(MqttLogin login, BlockingQueue<String> received, String... filters) throws MqttException {
        MqttClient client = new MqttClient(broker.plainUri(), "eavesdropper-" + CLIENTS.incrementAndGet(), new MemoryPersistence());
        opened.add(() -> {
            client.disconnect();
            client.close();
        });
        client.setCallback((OnMessage) (topic, message) -> received.add(topic));
        MqttConnectionOptions options = new MqttConnectionOptions();
        login.applyTo(options);
        client.connect(options);
        MqttSubscription[] subscriptions = new MqttSubscription[filters.length];
        for (int i = 0; i < filters.length; i++) {
            subscriptions[i] = new MqttSubscription(filters[i], 1);
        }
        IMqttToken token = client.subscribe(subscriptions);
        return token.getReasonCodes();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
