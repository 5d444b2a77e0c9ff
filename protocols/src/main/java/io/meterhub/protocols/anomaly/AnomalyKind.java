package io.meterhub.protocols.anomaly;

/**
 * What an anomaly is about. Stored by name in {@code anomaly.kind}: the pipeline (stream) raises all but
 * {@link #MANUAL_READING_MISMATCH}, which the cabinet raises when a submitted reading disagrees with telemetry.
 */
public enum AnomalyKind {
    /** Hourly consumption far above the meter's own baseline for that hour of the week. */
    CONSUMPTION_SPIKE,
    /** Zero or near-zero consumption for hours where the baseline expects some: a bypass, a stopped meter. */
    SUSTAINED_ZERO,
    /** The export register grows on a meter that has no generation. */
    REVERSE_ENERGY,
    /** No reading for longer than the meter's interval allows: the meter or its controller is offline. */
    DATA_GAP,
    /** A cumulative register went down other than by a rollover: reset, replacement or tampering. */
    REGISTER_DECREASE,
    /** A register grew by more energy than the meter's maximum current at the highest allowed voltage can pass. */
    PHYSICS_JUMP,
    /** Cover opened, magnetic field, relay switched off (until it is on again). */
    TAMPER_EVENT,
    /** Supply voltage outside the allowed band (207..253 V by default) for longer than the allowed time. */
    VOLTAGE_OUT_OF_RANGE,
    /** A reading the customer submitted disagrees with the meter's telemetry (raised by the cabinet). */
    MANUAL_READING_MISMATCH
}
