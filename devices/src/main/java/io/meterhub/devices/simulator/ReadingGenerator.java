package io.meterhub.devices.simulator;

import io.meterhub.protocols.telemetry.EventCode;
import io.meterhub.protocols.telemetry.MeterEvent;
import io.meterhub.protocols.telemetry.UplinkDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Produces, for one reading instant, one document per controller carrying every meter it reads,
 * and applies the faults that live in the meters themselves: counter resets and events.
 */
final class ReadingGenerator {
    private final FleetSpec spec;
    private final Faults faults;
    private final Fleet fleet;
    private final Truth truth;
    private final RegisterPhysics physics;
    private final EpisodePlan plan;
    private final MeterState[] states;
    private final long[] sequences;

    ReadingGenerator(FleetSpec spec, Faults faults, Fleet fleet, Truth truth, EpisodePlan plan) {
        this.plan = plan;
        this.spec = spec;
        this.faults = faults;
        this.fleet = fleet;
        this.truth = truth;
        this.physics = new RegisterPhysics(spec, truth, plan);
        List<SimulatedMeter> meters = fleet.simulatedMeters();
        this.states = new MeterState[meters.size()];
        for (SimulatedMeter meter : meters) {
            states[meter.index()] = new MeterState(physics.initialWh(meter, faults.rolloverMarginKwh()));
        }
        this.sequences = new long[spec.controllers()];
    }

    /** Documents in controller order; the meters' registers are read at {@code instant} (epoch ms). */
    List<UplinkDocument> readAt(long instant) {
        List<UplinkDocument> documents = new ArrayList<>(spec.controllers());
        List<Fleet.Controller> controllers = fleet.controllers();
        for (int c = 0; c < controllers.size(); c++) {
            Fleet.Controller controller = controllers.get(c);
            List<UplinkDocument.Sample> samples = new ArrayList<>(controller.meters().size());
            List<MeterEvent> events = new ArrayList<>();
            for (SimulatedMeter meter : controller.meters()) {
                UplinkDocument.Sample sample = read(meter, states[meter.index()], instant, events);
                if (sample != null) {
                    samples.add(sample);
                }
            }
            documents.add(new UplinkDocument(controller.controllerId(), ++sequences[c], instant, samples, events));
        }
        return documents;
    }

    private UplinkDocument.Sample read(SimulatedMeter meter, MeterState state, long instant, List<MeterEvent> events) {
        if (state.hasReading()) {
            if (instant <= state.lastReadingAt) {
                throw new IllegalStateException("the simulator only moves forward: " + meter.meterId()
                        + " was already read at " + state.lastReadingAt + ", asked for " + instant);
            }
            physics.advance(meter, state, instant);
            plan.tamperRegisters(meter, state, instant);
            maybeEvent(meter, state.lastReadingAt, instant, events);
            injectedEvents(meter, state.lastReadingAt, instant, events);
        }
        if (plan.silent(meter, instant)) {
            state.lastReadingAt = instant; // it counts on, but says nothing
            return null;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        for (int r = 0; r < meter.registers().size(); r++) {
            values.put(meter.registers().get(r), physics.shownKwh(state.wh[r]));
        }
        if (plan.reportsSupply()) {
            plan.supply(meter, state, instant, values);
        }
        truth.addReadings(values.size());
        state.lastReadingAt = instant;
        maybeReplace(meter, state, instant, values);
        return new UplinkDocument.Sample(meter.meterId(), instant, values);
    }

    // After the reading is taken, so that this reading still shows the old meter's values.
    private void maybeReplace(SimulatedMeter meter, MeterState state, long instant, Map<String, Double> shown) {
        if (meter.rollover() || state.replaced || faults.counterResetProbability() == 0
                || Seeds.unit(spec.seed(), Purpose.RESET.ordinal(), meter.index(), instant) >= faults.counterResetProbability()) {
            return;
        }
        truth.addCounterReset(new CounterReset(meter.meterId(), instant, shown.get(meter.registers().get(0))));
        java.util.Arrays.fill(state.wh, 0);
        state.replaced = true;
    }

    private void injectedEvents(SimulatedMeter meter, long from, long to, List<MeterEvent> events) {
        int before = events.size();
        plan.events(meter, from, to, events);
        for (int i = before; i < events.size(); i++) {
            truth.addEvent(events.get(i));
        }
    }

    private void maybeEvent(SimulatedMeter meter, long from, long to, List<MeterEvent> events) {
        if (faults.eventProbability() == 0
                || Seeds.unit(spec.seed(), Purpose.EVENT.ordinal(), meter.index(), to) >= faults.eventProbability()) {
            return;
        }
        // Whole seconds, as meters stamp events; strictly inside the interval the document covers.
        long at = (from + (long) (Seeds.unit(spec.seed(), Purpose.EVENT_TIME.ordinal(), meter.index(), to) * (to - from))) / 1000 * 1000;
        at = Math.max(at, from + 1);
        int kind = (int) (Seeds.unit(spec.seed(), Purpose.EVENT_CODE.ordinal(), meter.index(), to) * 3);
        List<MeterEvent> raised = new ArrayList<>(2);
        switch (kind) {
            case 0 -> raised.add(new MeterEvent(meter.meterId(), at, EventCode.COVER_OPEN, "{\"source\":\"terminal cover switch\"}"));
            case 1 -> raised.add(new MeterEvent(meter.meterId(), at, EventCode.MAGNETIC_FIELD, "{\"source\":\"hall sensor\"}"));
            default -> {
                long up = Math.min(to, at + 5_000 + (Seeds.hash(spec.seed(), Purpose.EVENT_TIME.ordinal(), meter.index(), at) & 0xFFFF));
                up = Math.max(up, at + 1);
                raised.add(new MeterEvent(meter.meterId(), at, EventCode.POWER_DOWN, "{}"));
                raised.add(new MeterEvent(meter.meterId(), up, EventCode.POWER_UP,
                        "{\"outage_ms\":" + (up - at) + "}"));
            }
        }
        for (MeterEvent event : raised) {
            events.add(event);
            truth.addEvent(event);
        }
    }
}
