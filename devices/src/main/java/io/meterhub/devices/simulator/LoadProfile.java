package io.meterhub.devices.simulator;

/** Who is behind a meter decides the shape of its day. */
public enum LoadProfile {
    /** Morning and evening peaks, a dip while people are at work on working days, flatter weekends. */
    HOUSEHOLD,
    /** Working hours of working days; low at night and on weekends. */
    COMMERCIAL
}
