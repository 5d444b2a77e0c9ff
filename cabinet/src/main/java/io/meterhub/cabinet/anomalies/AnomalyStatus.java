package io.meterhub.cabinet.anomalies;

public enum AnomalyStatus {
    OPEN, ACKNOWLEDGED, ASSIGNED, RESOLVED
}
