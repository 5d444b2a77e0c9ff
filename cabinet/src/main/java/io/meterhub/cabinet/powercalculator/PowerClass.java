package io.meterhub.cabinet.powercalculator;

import java.math.BigDecimal;

/**
 * Where a power falls among the thresholds of Government Decree No. 861 that change how a connection goes: up to 15 kW
 * (individuals' household connection, п. 14 and 17), up to 150 kW (small applicants, п. 12.1), up to 670 kW, and above.
 */
public enum PowerClass {
    UP_TO_15("15"), UP_TO_150("150"), UP_TO_670("670"), ABOVE_670(null);

    private final BigDecimal limitKw;

    PowerClass(String limitKw) {
        this.limitKw = limitKw == null ? null : new BigDecimal(limitKw);
    }

    public static PowerClass of(BigDecimal kw) {
        for (PowerClass c : values()) {
            if (c.limitKw != null && kw.compareTo(c.limitKw) <= 0) {
                return c;
            }
        }
        return ABOVE_670;
    }
}
