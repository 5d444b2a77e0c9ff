package io.meterhub.cabinet.anomalies;

/** The kinds of {@code anomaly.kind}. */
public enum AnomalyKind {
    CONSUMPTION_SPIKE, SUSTAINED_ZERO, REVERSE_ENERGY, DATA_GAP, REGISTER_DECREASE, PHYSICS_JUMP, TAMPER_EVENT, VOLTAGE_OUT_OF_RANGE,
    MANUAL_READING_MISMATCH
}
