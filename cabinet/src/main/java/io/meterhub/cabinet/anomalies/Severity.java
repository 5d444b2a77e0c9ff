package io.meterhub.cabinet.anomalies;

public enum Severity {
    LOW, MEDIUM, HIGH
}
