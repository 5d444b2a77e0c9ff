package io.meterhub.devices.simulator;

import io.meterhub.protocols.telemetry.UplinkPublisher;
import io.meterhub.protocols.meter.MeterInfo;
import io.meterhub.protocols.telemetry.UplinkDocument;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A fleet of simulated MQTT controllers: the source of truth for end-to-end tests, the demo and the
 * benchmarks. It sends one document per controller per reading instant carrying all its meters,
 * injects the {@link Faults} asked for, and records in {@link #truth()} what the pipeline must end
 * up with.
 *
 * <p>A simulator moves forward only: each reading instant can be emitted once, and consecutive calls
 * of {@link #replay} continue the same meters. With the same spec, faults and calls, the bytes are
 * the same.
 *
 * <pre>{@code
 * FleetSimulator fleet = new FleetSimulator(FleetSpec.defaults(), Faults.typical());
 * registry.registerAll(fleet.meters());
 * fleet.publishTo(publisher, Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-04T00:00:00Z"));
 * assertThat(hourly(meter, "1.8.0", hour)).isCloseTo(fleet.truth().kwh(meter, "1.8.0", hour), within(1e-6));
 * }</pre>
 */
public final class FleetSimulator {
    private final FleetSpec spec;
    private final Faults faults;
    private final Fleet fleet;
    private final Truth truth;
    private final ReadingGenerator generator;
    private final MalformedInjector injector;
    private final DeliveryScheduler delivery;

    public FleetSimulator(FleetSpec spec, Faults faults) {
        this(spec, faults, EpisodeSpec.none());
    }

    /** A fleet that also reports export and voltages and carries the anomalies {@code episodes} asks for. */
    public FleetSimulator(FleetSpec spec, Faults faults, EpisodeSpec episodes) {
        this.spec = spec;
        this.faults = faults;
        this.fleet = new Fleet(spec, faults);
        EpisodePlan plan = new EpisodePlan(spec, episodes, fleet);
        this.truth = new Truth(spec.zone(), plan.injected(), plan.generationMeters());
        this.generator = new ReadingGenerator(spec, faults, fleet, truth, plan);
        this.injector = new MalformedInjector(spec.seed(), faults, truth);
        this.delivery = new DeliveryScheduler(spec.seed(), faults, truth);
    }

    public FleetSpec spec() {
        return spec;
    }

    public Faults faults() {
        return faults;
    }

    public Fleet fleet() {
        return fleet;
    }

    /** Every meter the fleet sends for, to register before sending; UNKNOWN-… meters are not among them. */
    public List<MeterInfo> meters() {
        return fleet.meterInfos();
    }

    public Truth truth() {
        return truth;
    }

    /**
     * Emits every reading instant of the grid in [from, to) as fast as the sink takes it, then flushes
     * late and buffered documents, so that when it returns everything recorded in the truth was sent.
     */
    public synchronized void replay(Instant from, Instant to, Consumer<Outgoing> sink) {
        for (Instant instant : spec.readingInstants(from, to)) {
            emit(instant.toEpochMilli(), sink);
        }
        delivery.flush(sink);
    }

    /**
     * Emits one reading instant, off the grid if need be (the live mode reads at the real clock).
     * Buffered and late documents wait for later instants or {@link #flush}.
     */
    public synchronized void emitAt(Instant instant, Consumer<Outgoing> sink) {
        emit(instant.toEpochMilli(), sink);
    }

    /** Sends whatever the out-of-order window or the late faults still hold. */
    public synchronized void flush(Consumer<Outgoing> sink) {
        delivery.flush(sink);
    }

    /** Replays [from, to) to a broker and waits until the broker acknowledged every payload. */
    public void publishTo(UplinkPublisher publisher, Instant from, Instant to) {
        replay(from, to, outgoing -> publisher.publishRaw(outgoing.controllerId(), outgoing.payload()));
        publisher.flush();
    }

    /**
     * A live run for the demo: every {@code tick} of real time the fleet is read at the real clock.
     * A tick shorter than the spec's interval (say 10 s) compresses time so the current hour visibly
     * fills. Call {@link LiveSimulation#start()}; close it to stop and flush.
     */
    public LiveSimulation live(Duration tick, Clock clock, Consumer<Outgoing> sink) {
        return new LiveSimulation(this, tick, clock, sink);
    }

    /** {@link #live} onto a publisher; the publisher must not be used by another thread meanwhile. */
    public LiveSimulation publishLiveTo(UplinkPublisher publisher, Duration tick) {
        return live(tick, Clock.systemUTC(), outgoing -> publisher.publishRaw(outgoing.controllerId(), outgoing.payload()));
    }

    private void emit(long instant, Consumer<Outgoing> sink) {
        List<UplinkDocument> documents = generator.readAt(instant);
        List<Outgoing> payloads = new ArrayList<>(documents.size() + 2);
        for (UplinkDocument document : documents) {
            payloads.addAll(injector.payloads(document, instant));
        }
        delivery.accept(instant, payloads, sink);
    }
}
