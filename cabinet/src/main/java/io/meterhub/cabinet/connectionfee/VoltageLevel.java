package io.meterhub.cabinet.connectionfee;

/** The voltage of the grid at the point of connection; each level has its own standardized rates. */
public enum VoltageLevel {
    /** 0.4 kV and below: houses, shops, small workshops. */
    LV_0_4,
    /** 6 to 10 kV (up to 20 kV). */
    MV_6_10,
    MV_35,
    HV_110
}
