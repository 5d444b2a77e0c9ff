package io.meterhub.devices.simulator;

import java.time.Duration;

/**
 * Which faults the simulator injects, all decided by hashes of the fleet's seed. Probabilities are
 * per document (controller and reading instant) unless said otherwise. What the pipeline must make
 * of each fault:
 *
 * <ul>
 *   <li>{@code duplicateProbability}: the same document bytes are sent twice. Nothing changes:
 *   readings, events, hourly values and quarantine entries are keyed naturally, writes idempotent.</li>
 *   <li>{@code outOfOrderWindow}: documents of that many consecutive reading instants (all
 *   controllers) are sent shuffled. The pipeline works in event time: the hourly result is the
 *   same as in order. 0 sends in generation order.</li>
 *   <li>{@code lateProbability}, {@code lateBy}: a document is held back and sent when the
 *   generator reaches its instant plus {@code lateBy} (or at the end of the replay). The hours it
 *   touches are recomputed (upsert); the final result is the same as on time.</li>
 *   <li>{@code counterResetProbability} (per meter and reading; at most once per meter): the meter
 *   is replaced right AFTER a reading, every register restarts from 0, so the next reading is the
 *   energy since that reading. The pipeline must count no negative consumption, count the next
 *   value as the interval's consumption and raise COUNTER_RESET. The simulator sends no event for
 *   it: detecting it is the pipeline's job. Recorded in {@link Truth#counterResets()}.</li>
 *   <li>{@code rolloverMeters}, {@code rolloverMarginKwh}: that many meters start every register
 *   {@code margin} kWh below 10^digits and wrap modulo 10^digits. Consumption continues across the
 *   wrap (delta + capacity); the pipeline may raise REGISTER_ROLLOVER. Recorded in
 *   {@link Truth#rollovers()}.</li>
 *   <li>{@code notJsonProbability}: an extra payload that is truncated JSON. Quarantined whole (one
 *   item) with the raw payload; the controller's valid documents are unaffected.</li>
 *   <li>{@code wrongVersionProbability}: an extra document with {@code "v": 2} whose values are
 *   deliberately absurd. Quarantined whole (one item); nothing of it may reach consumption.</li>
 *   <li>{@code badItemProbability}: a valid document carries one extra bad item, one of
 *   {@link MalformedKind#NON_NUMERIC_VALUE}, {@link MalformedKind#NEGATIVE_ENERGY},
 *   {@link MalformedKind#UNKNOWN_METER}, {@link MalformedKind#FUTURE_TIMESTAMP},
 *   {@link MalformedKind#UNKNOWN_EVENT_CODE}. That item is quarantined (one item), every other
 *   item of the document is processed normally.</li>
 *   <li>{@code eventProbability} (per meter and interval): a COVER_OPEN, MAGNETIC_FIELD, or a
 *   POWER_DOWN followed by POWER_UP, at a random moment of the interval. Each is stored once.</li>
 * </ul>
 */
public record Faults(double duplicateProbability, int outOfOrderWindow, double lateProbability, Duration lateBy,
                     double counterResetProbability, int rolloverMeters, double rolloverMarginKwh,
                     double notJsonProbability, double wrongVersionProbability, double badItemProbability,
                     double eventProbability) {

    public Faults {
        for (double p : new double[] {duplicateProbability, lateProbability, counterResetProbability,
                notJsonProbability, wrongVersionProbability, badItemProbability, eventProbability}) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("a probability must be within [0, 1], got " + p);
            }
        }
        if (outOfOrderWindow < 0 || rolloverMeters < 0 || rolloverMarginKwh < 0 || lateBy.isNegative()) {
            throw new IllegalArgumentException("window, rollover meters, margin and lateBy cannot be negative");
        }
    }

    /** A clean fleet: documents in order, once, on time, all valid, no events. */
    public static Faults none() {
        return new Faults(0, 0, 0, Duration.ZERO, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Every fault at a rate that shows up in a day of a small fleet: for end-to-end tests and the demo. */
    public static Faults typical() {
        return new Faults(0.05, 4, 0.03, Duration.ofHours(3), 0.0005, 1, 2.0, 0.005, 0.005, 0.01, 0.002);
    }

    public Faults withDelivery(double duplicateProbability, int outOfOrderWindow, double lateProbability, Duration lateBy) {
        return new Faults(duplicateProbability, outOfOrderWindow, lateProbability, lateBy, counterResetProbability,
                rolloverMeters, rolloverMarginKwh, notJsonProbability, wrongVersionProbability, badItemProbability,
                eventProbability);
    }

    public Faults withRegisterFaults(double counterResetProbability, int rolloverMeters, double rolloverMarginKwh) {
        return new Faults(duplicateProbability, outOfOrderWindow, lateProbability, lateBy, counterResetProbability,
                rolloverMeters, rolloverMarginKwh, notJsonProbability, wrongVersionProbability, badItemProbability,
                eventProbability);
    }

    public Faults withMalformed(double notJsonProbability, double wrongVersionProbability, double badItemProbability) {
        return new Faults(duplicateProbability, outOfOrderWindow, lateProbability, lateBy, counterResetProbability,
                rolloverMeters, rolloverMarginKwh, notJsonProbability, wrongVersionProbability, badItemProbability,
                eventProbability);
    }

    public Faults withEvents(double eventProbability) {
        return new Faults(duplicateProbability, outOfOrderWindow, lateProbability, lateBy, counterResetProbability,
                rolloverMeters, rolloverMarginKwh, notJsonProbability, wrongVersionProbability, badItemProbability,
                eventProbability);
    }
}
