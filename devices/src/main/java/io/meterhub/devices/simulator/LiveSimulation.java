package io.meterhub.devices.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;

/**
 * Reads the fleet at the real clock every {@code tick}. Timestamps are whole seconds of the clock,
 * as controllers stamp them; a tick that lands on the second already read is skipped rather than
 * sent twice.
 */
public final class LiveSimulation implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSimulation.class);

    private final FleetSimulator simulator;
    private final Duration tick;
    private final Clock clock;
    private final Consumer<Outgoing> sink;
    private final Object sleeper = new Object();
    private volatile boolean stopped;
    private Thread thread;
    private long lastInstant = Long.MIN_VALUE;

    LiveSimulation(FleetSimulator simulator, Duration tick, Clock clock, Consumer<Outgoing> sink) {
        if (tick.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the live tick must be at least one second, got " + tick);
        }
        this.simulator = simulator;
        this.tick = tick;
        this.clock = clock;
        this.sink = sink;
    }

    /** Runs the loop on a daemon thread named after the fleet's organization. */
    public synchronized LiveSimulation start() {
        if (thread == null) {
            thread = new Thread(this, "fleet-simulator-" + simulator.spec().organizationId());
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    @Override
    public void run() {
        while (!stopped) {
            try {
                step();
            } catch (RuntimeException e) {
                // A broker hiccup must not end the demo's data; the next tick tries again.
                LOG.error("live fleet step failed", e);
            }
            // Waiting on a monitor rather than interrupting: an interrupt could land inside a publish.
            synchronized (sleeper) {
                try {
                    if (!stopped) {
                        sleeper.wait(tick.toMillis());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Reads the fleet once at the clock's current second; returns whether anything was emitted. */
    public synchronized boolean step() {
        long now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        if (now <= lastInstant) {
            return false;
        }
        simulator.emitAt(Instant.ofEpochMilli(now), sink);
        lastInstant = now;
        return true;
    }

    @Override
    public void close() {
        stopped = true;
        Thread running;
        synchronized (this) {
            running = thread;
        }
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
        if (running != null) {
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        simulator.flush(sink);
    }
}
