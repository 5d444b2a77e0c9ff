package io.meterhub.ingest.modbus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.UplinkDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Polls Modbus meters and hands what it reads to the sink as uplink documents, exactly as an MQTT
 * controller would publish them: the Modbus side acts as a gateway, so the pipeline has one entry.
 *
 * <p>Each device is polled on its own interval. A device that does not answer is retried with
 * exponential backoff; after {@code offlineAfterFailures} failures in a row it is reported
 * {@link EventCode#DEVICE_OFFLINE} (once), and {@link EventCode#DEVICE_ONLINE} when it answers again.
 */
public final class ModbusPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModbusPoller.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_THREADS = 4;

    private final ModbusPollerConfig config;
    private final Consumer<UplinkDocument> sink;
    private final LongSupplier clock;
    private final ScheduledExecutorService scheduler;
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();
    private final List<DeviceLoop> loops;
    private volatile boolean running;

    public ModbusPoller(ModbusPollerConfig config, Consumer<UplinkDocument> sink) {
        this(config, sink, System::currentTimeMillis);
    }

    public ModbusPoller(ModbusPollerConfig config, Consumer<UplinkDocument> sink, LongSupplier clock) {
        this.config = config;
        this.sink = sink;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(Math.min(MAX_THREADS, config.devices().size()), runnable -> {
            Thread thread = new Thread(runnable, "modbus-poller-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.loops = config.devices().stream().map(DeviceLoop::new).toList();
    }

    public synchronized ModbusPoller start() {
        if (!running) {
            running = true;
            loops.forEach(loop -> scheduler.execute(loop::poll));
            log.info("Polling {} Modbus device(s)", loops.size());
        }
        return this;
    }

    @Override
    public synchronized void close() {
        running = false;
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(config.timeoutMs() + 1_000L, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        loops.forEach(loop -> loop.reader.close());
    }

    /**
     * Controllers number their messages; a gateway that restarts must not reuse numbers, so the
     * counter starts from the clock rather than from zero.
     */
    private long nextSequence(String controllerId) {
        return sequences.computeIfAbsent(controllerId, id -> new AtomicLong(clock.getAsLong())).incrementAndGet();
    }

    private void emit(UplinkDocument document) {
        try {
            sink.accept(document);
        } catch (RuntimeException e) {
            log.error("The uplink sink failed for controller {}; the poll's data is lost", document.controllerId(), e);
        }
    }

    /** One device's polling: its connection, its failure count, its schedule. */
    private final class DeviceLoop {
        private final PolledDevice device;
        private final ModbusDeviceReader reader;
        private int failures;
        private boolean offline;

        DeviceLoop(PolledDevice device) {
            this.device = device;
            this.reader = new ModbusDeviceReader(device.host(), device.port(), device.unitId(), device.profile(),
                    config.timeoutMs(), clock);
        }

        void poll() {
            if (!running) {
                return;
            }
            long delay;
            try {
                delay = pollOnce();
            } catch (RuntimeException e) {
                log.error("Polling meter {} at {} failed unexpectedly", device.meterId(), device.address(), e);
                delay = device.interval().toMillis();
            }
            if (running) {
                try {
                    scheduler.schedule(this::poll, delay, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    // the poller is closing: nothing more to schedule
                }
            }
        }

        /** @return milliseconds until the next poll */
        private long pollOnce() {
            DeviceReading reading;
            try {
                reading = reader.read();
            } catch (DeviceUnreachableException e) {
                return failed(e.getMessage());
            }
            if (offline) {
                offline = false;
                log.info("Meter {} at {} answers again after {} failed poll(s)", device.meterId(), device.address(), failures);
                event(EventCode.DEVICE_ONLINE, reading.timestamp(), "answers again after " + failures + " failed poll(s)");
            }
            failures = 0;
            if (!reading.errors().isEmpty()) {
                log.warn("Meter {} at {}: unreadable registers {}", device.meterId(), device.address(), reading.errors());
            }
            UplinkDocument.Sample sample = new UplinkDocument.Sample(device.meterId(), reading.timestamp(),
                    reading.values(), reading.errors());
            emit(new UplinkDocument(device.controllerId(), nextSequence(device.controllerId()), clock.getAsLong(),
                    List.of(sample), List.of()));
            return device.interval().toMillis();
        }

        private long failed(String reason) {
            failures++;
            // A client-side condition (the device is away), not a bug: one line, no stack trace.
            log.warn("Meter {}: {} (failure {} in a row)", device.meterId(), reason, failures);
            if (!offline && failures >= config.offlineAfterFailures()) {
                offline = true;
                event(EventCode.DEVICE_OFFLINE, clock.getAsLong(), reason);
            }
            int doublings = Math.min(failures - 1, 30);
            return Math.min(config.backoffMaxMs(), config.backoffInitialMs() << doublings);
        }

        private void event(EventCode code, long timestamp, String reason) {
            ObjectNode details = JSON.createObjectNode();
            details.put("host", device.host());
            details.put("port", device.port());
            details.put("unit", device.unitId());
            details.put("profile", device.profile().id());
            details.put("failures", failures);
            details.put("reason", reason);
            MeterEvent event = new MeterEvent(device.meterId(), timestamp, code, details.toString());
            emit(new UplinkDocument(device.controllerId(), nextSequence(device.controllerId()), clock.getAsLong(),
                    List.of(), List.of(event)));
        }
    }
}
