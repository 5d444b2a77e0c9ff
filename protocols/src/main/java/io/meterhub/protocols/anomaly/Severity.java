package io.meterhub.protocols.anomaly;

/** How urgently an operator should look. HIGH notifies the operators on duty. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    public Severity max(Severity other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
