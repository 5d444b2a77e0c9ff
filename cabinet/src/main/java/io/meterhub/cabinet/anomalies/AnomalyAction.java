package io.meterhub.cabinet.anomalies;

/** One review action, applied to one anomaly or to many at once. */
public sealed interface AnomalyAction {
    record Acknowledge() implements AnomalyAction {
    }

    /** @param login the operator or administrator of the same organization who takes it */
    record Assign(String login) implements AnomalyAction {
    }

    record Comment(String text) implements AnomalyAction {
    }

    /** @param comment optional */
    record Resolve(Resolution resolution, String comment) implements AnomalyAction {
    }
}
