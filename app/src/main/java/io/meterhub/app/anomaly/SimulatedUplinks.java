package io.meterhub.app.anomaly;

import io.meterhub.devices.simulator.FleetSimulator;
import io.meterhub.devices.simulator.Outgoing;
import io.meterhub.ingest.mqtt.InboundUplink;
import io.meterhub.stream.source.MqttSplit;
import io.meterhub.stream.source.SplitlessSource;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.ReaderOutput;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.core.io.InputStatus;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulated fleet's uplinks as a bounded Flink source, without a broker: the payloads are the
 * bytes the controllers would publish, in the order they would publish them (late and shuffled
 * documents included), so every operator after the source is the production one. For a mini
 * cluster in this JVM only: the simulator is handed over through a static registry, since it does
 * not travel; like the MQTT source it has nothing to split. The end of the input sets the watermark to the end of time, as Flink does for
 * bounded sources.
 */
public final class SimulatedUplinks extends SplitlessSource<InboundUplink> {
    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    private record Run(FleetSimulator simulator, List<Instant> instants, AtomicLong emittedInstants) {
    }

    private final String id;

    private SimulatedUplinks(String id) {
        this.id = id;
    }

    /** A source replaying [from, to) of the simulator; {@link #progress()} counts the reading instants emitted. */
    public static SimulatedUplinks of(FleetSimulator simulator, Instant from, Instant to) {
        String id = UUID.randomUUID().toString();
        RUNS.put(id, new Run(simulator, simulator.spec().readingInstants(from, to), new AtomicLong()));
        return new SimulatedUplinks(id);
    }

    /** The share of reading instants emitted so far, 0 to 1. */
    public double progress() {
        Run run = RUNS.get(id);
        return run == null || run.instants().isEmpty() ? 1 : (double) run.emittedInstants().get() / run.instants().size();
    }

    /** Forgets the simulator once the job ended. */
    public void release() {
        RUNS.remove(id);
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<InboundUplink, MqttSplit> createReader(SourceReaderContext context) {
        Run run = RUNS.get(id);
        if (run == null) {
            throw new IllegalStateException("no simulated fleet " + id + " in this JVM: this source runs on a local mini cluster only");
        }
        return new Reader(run, context.getIndexOfSubtask() == 0);
    }

    private static final class Reader implements SourceReader<InboundUplink, MqttSplit> {
        private final Run run;
        private final boolean emits;
        private final ArrayDeque<Outgoing> ready = new ArrayDeque<>();
        private int next;
        private boolean flushed;

        Reader(Run run, boolean emits) {
            this.run = run;
            this.emits = emits;
        }

        @Override
        public void start() {
        }

        @Override
        public InputStatus pollNext(ReaderOutput<InboundUplink> output) {
            if (!emits) {
                return InputStatus.END_OF_INPUT;
            }
            while (ready.isEmpty()) {
                if (next < run.instants().size()) {
                    run.simulator().emitAt(run.instants().get(next++), ready::add);
                    run.emittedInstants().set(next);
                } else if (!flushed) {
                    run.simulator().flush(ready::add);
                    flushed = true;
                } else {
                    return InputStatus.END_OF_INPUT;
                }
            }
            Outgoing outgoing = ready.poll();
            output.collect(new InboundUplink("meterhub/v1/" + outgoing.controllerId() + "/up", outgoing.payload(),
                    System.currentTimeMillis(), 0, 0));
            return InputStatus.MORE_AVAILABLE;
        }

        @Override
        public List<MqttSplit> snapshotState(long checkpointId) {
            return List.of();
        }

        @Override
        public CompletableFuture<Void> isAvailable() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void addSplits(List<MqttSplit> splits) {
        }

        @Override
        public void notifyNoMoreSplits() {
        }

        @Override
        public void close() {
        }
    }
}
