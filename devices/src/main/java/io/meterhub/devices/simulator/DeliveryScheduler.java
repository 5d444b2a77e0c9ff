package io.meterhub.devices.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Decides when and how often each payload leaves: duplicates, shuffled windows and late batches.
 * It only reorders and repeats bytes, so the truth cannot depend on it.
 */
final class DeliveryScheduler {
    private record Pending(Outgoing outgoing, long instant, int ordinal, boolean duplicate) {
    }

    private record Held(Pending pending, long releaseAt, long order) {
    }

    private final long seed;
    private final Faults faults;
    private final Truth truth;
    private final List<Pending> window = new ArrayList<>();
    private final PriorityQueue<Held> held = new PriorityQueue<>(
            Comparator.comparingLong(Held::releaseAt).thenComparingLong(Held::order));
    private int windowInstants;
    private long windowStart;
    private long heldOrder;

    DeliveryScheduler(long seed, Faults faults, Truth truth) {
        this.seed = seed;
        this.faults = faults;
        this.truth = truth;
    }

    /** The payloads of one reading instant, in generation order. */
    void accept(long instant, List<Outgoing> payloads, Consumer<Outgoing> sink) {
        releaseDue(instant, sink);
        if (windowInstants == 0) {
            windowStart = instant;
        }
        int ordinal = 0;
        for (Outgoing outgoing : payloads) {
            long controller = Seeds.text(outgoing.controllerId());
            window.add(new Pending(outgoing, instant, ordinal, false));
            if (faults.duplicateProbability() > 0
                    && Seeds.unit(seed, Purpose.DUPLICATE.ordinal(), controller, instant, ordinal) < faults.duplicateProbability()) {
                window.add(new Pending(outgoing, instant, ordinal + 1_000_000, true));
            }
            ordinal++;
        }
        windowInstants++;
        if (windowInstants >= Math.max(1, faults.outOfOrderWindow())) {
            drainWindow(sink);
        }
    }

    /** Sends everything still buffered or held back, held documents in the order they fall due. */
    void flush(Consumer<Outgoing> sink) {
        drainWindow(sink);
        while (!held.isEmpty()) {
            send(held.poll().pending(), true, sink);
        }
    }

    private void releaseDue(long now, Consumer<Outgoing> sink) {
        while (!held.isEmpty() && held.peek().releaseAt() <= now) {
            send(held.poll().pending(), true, sink);
        }
    }

    private void drainWindow(Consumer<Outgoing> sink) {
        if (faults.outOfOrderWindow() > 0) {
            Collections.shuffle(window, new Random(Seeds.hash(seed, Purpose.SHUFFLE.ordinal(), windowStart)));
        }
        for (Pending pending : window) {
            long controller = Seeds.text(pending.outgoing().controllerId());
            if (faults.lateProbability() > 0 && Seeds.unit(seed, Purpose.LATE.ordinal(), controller, pending.instant(),
                    pending.ordinal()) < faults.lateProbability()) {
                held.add(new Held(pending, pending.instant() + faults.lateBy().toMillis(), heldOrder++));
            } else {
                send(pending, false, sink);
            }
        }
        window.clear();
        windowInstants = 0;
    }

    private void send(Pending pending, boolean late, Consumer<Outgoing> sink) {
        sink.accept(pending.outgoing());
        truth.countSent(pending.duplicate(), late);
    }
}
