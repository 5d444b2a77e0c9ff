package io.meterhub.app.bench;

import io.meterhub.ingest.mqtt.MqttLogin;
import io.meterhub.ingest.mqtt.MqttUplinkPublisher;
import io.meterhub.ingest.mqtt.OnMessage;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the uplink documents the broker delivers to a subscriber, as the pipeline's would: the
 * benchmark's proof that what was acknowledged is in the broker, not only in an answer.
 */
final class BrokerCount implements AutoCloseable {
    private final MqttAsyncClient client;
    private final AtomicLong documents = new AtomicLong();

    BrokerCount(String broker, String clientId) throws MqttException {
        client = MqttUplinkPublisher.connect(broker, clientId, MqttLogin.ANONYMOUS);
        client.setCallback((OnMessage) (topic, message) -> documents.incrementAndGet());
        client.subscribe(new MqttSubscription(MqttUplinkPublisher.TOPIC_PREFIX + "+/up", 1)).waitForCompletion(10_000);
    }

    long documents() {
        return documents.get();
    }

    /** Waits until at least n documents arrived, or the time is up; returns how many did. */
    long await(long n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (documents.get() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return documents.get();
    }

    @Override
    public void close() throws MqttException {
        client.disconnect().waitForCompletion(5_000);
        client.close();
    }
}
