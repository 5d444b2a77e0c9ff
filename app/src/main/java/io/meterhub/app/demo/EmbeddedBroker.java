package io.meterhub.app.demo;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An MQTT 5 broker inside the demo's JVM (HiveMQ CE): shared subscriptions and persistent sessions
 * as in production, and like production it lets in only its users (see {@link BrokerUsers}).
 */
public final class EmbeddedBroker implements AutoCloseable {
    private final EmbeddedHiveMQ hivemq;
    private final int port;
    private final BrokerUsers users;

    private EmbeddedBroker(EmbeddedHiveMQ hivemq, int port, BrokerUsers users) {
        this.hivemq = hivemq;
        this.port = port;
        this.users = users;
    }

    public static EmbeddedBroker start(Path workDirectory, int port, BrokerUsers users) throws IOException {
        Path config = Files.createDirectories(workDirectory.resolve("conf"));
        Path data = Files.createDirectories(workDirectory.resolve("data"));
        Path extensions = Files.createDirectories(workDirectory.resolve("extensions"));
        Files.writeString(config.resolve("config.xml"), """
                <?xml version="1.0"?>
                <hivemq>
                  <listeners>
                    <tcp-listener>
                      <port>%d</port>
                      <bind-address>127.0.0.1</bind-address>
                    </tcp-listener>
                  </listeners>
                  <mqtt>
                    <!-- HiveMQ keeps 1,000 messages per client by default and drops the rest: the replayed history
                         comes faster than the pipeline takes it, and its client's persistent session must hold it
                         all, as max_queued_messages does in deploy/mosquitto/mosquitto.conf -->
                    <queued-messages>
                      <max-queue-size>2000000</max-queue-size>
                      <strategy>discard</strategy>
                    </queued-messages>
                  </mqtt>
                  <anonymous-usage-statistics>
                    <enabled>false</enabled>
                  </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port));
        EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(config)
                .withDataFolder(data)
                .withExtensionsFolder(extensions)
                .withEmbeddedExtension(EmbeddedExtension.builder()
                        .withId("meterhub-demo-security").withName("Meterhub demo users").withVersion("1")
                        .withExtensionMain(new BrokerSecurity(users)).build())
                .withoutLoggingBootstrap()
                .build();
        hivemq.start().join();
        return new EmbeddedBroker(hivemq, port, users);
    }

    public BrokerUsers users() {
        return users;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        hivemq.close();
    }
}
