package io.meterhub.cabinet.connectionfee;

import io.meterhub.cabinet.common.Messages;

import java.util.Locale;

/** The voltage of the grid at the point of connection; each level has its own standardized rates. */
public enum VoltageLevel {
    /** 0.4 kV and below: houses, shops, small workshops. */
    LV_0_4,
    /** 6 to 10 kV (up to 20 kV). */
    MV_6_10,
    MV_35,
    HV_110;

    /** «0,4 кВ и ниже», «6-10 кВ»... */
    public String label(Locale locale) {
        return Messages.format("connectionfee.voltage." + name(), locale);
    }
}
