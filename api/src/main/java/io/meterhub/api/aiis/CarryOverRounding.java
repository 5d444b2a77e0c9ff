package io.meterhub.api.aiis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounding to whole units "с переходящим остатком": each value is rounded together with what the
 * rounding of the ones before left over, so the running sum never drifts by half a unit or more
 * (10.4 four times: 10, 11, 10, 11, not 10, 10, 10, 10).
 */
public final class CarryOverRounding {
    private BigDecimal carry = BigDecimal.ZERO;

    public long next(BigDecimal value) {
        BigDecimal due = value.add(carry);
        BigDecimal rounded = due.setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ZERO); // a carry of -0.5 on a 0 must not write -1
        carry = due.subtract(rounded);
        return rounded.longValueExact();
    }
}
