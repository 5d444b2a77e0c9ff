package io.meterhub.cabinet.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Roubles with kopecks: scale 2, rounded half-up, never a double. */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal kopecks(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
