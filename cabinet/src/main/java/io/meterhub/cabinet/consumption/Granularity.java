package io.meterhub.cabinet.consumption;

public enum Granularity {
    HOUR, DAY, MONTH
}
