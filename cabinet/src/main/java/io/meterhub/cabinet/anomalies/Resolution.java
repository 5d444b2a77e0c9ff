package io.meterhub.cabinet.anomalies;

public enum Resolution {
    CONFIRMED_THEFT, METER_FAULT, SUPPLY_PROBLEM, FALSE_ALARM
}
