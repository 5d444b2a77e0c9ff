package io.meterhub.app.bench;

import io.meterhub.ingest.mqtt.MqttUplinkPublisher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Publishes the workload as fast as the consumer keeps up: never more than {@code window} readings
 * ahead of what it has stored, so the broker's queues never overflow and the figure is the
 * consumer's sustained rate, not how fast a queue fills.
 */
final class ClosedLoopPublisher {
    private ClosedLoopPublisher() {
    }

    /** @return readings published */
    static long run(BenchWorkload workload, MqttUplinkPublisher publisher, Duration duration, long window, LongSupplier stored,
                    String name, PrintStream out) throws InterruptedException {
        long published = 0;
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        long nextReport = started + 5_000_000_000L;
        int controller = 0;
        while (System.nanoTime() < end) {
            while (published - stored.getAsLong() > window) {
                Thread.sleep(0, 200_000);
                if (System.nanoTime() >= end) {
                    break;
                }
            }
            publisher.publishRaw(BenchWorkload.controllerId(controller), workload.next(controller));
            published += workload.readingsPerDocument();
            controller = (controller + 1) % workload.controllers();
            long now = System.nanoTime();
            if (now >= nextReport) {
                out.printf("  %s: %,d published, %,d stored, %.0f s%n", name, published, stored.getAsLong(), (now - started) / 1e9);
                nextReport += 5_000_000_000L;
            }
        }
        publisher.flush();
        return published;
    }

    /** Waits until everything published is stored; fails loudly when it is not. */
    static void awaitStored(long published, LongSupplier stored, Duration timeout, String name) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stored.getAsLong() < published) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": only " + stored.getAsLong() + " of " + published
                        + " published readings were stored within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
    }
}
