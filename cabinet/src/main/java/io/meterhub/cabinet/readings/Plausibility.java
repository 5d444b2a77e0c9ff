package io.meterhub.cabinet.readings;


import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Pure arithmetic of the jump rule, kept apart so it can be read and tested without a database. */
final class Plausibility {
    static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

    private Plausibility() {
    }

    /**
     * The usual monthly consumption learnt from accepted readings: the growth from the first to the
     * last reading over the months between them, counted from the last meter replacement on.
     */
    static Optional<BigDecimal> usualMonthly(List<ReadingRow> accepted) {
        int start = 0;
        for (int i = 0; i < accepted.size(); i++) {
            if (accepted.get(i).meterReplacement()) {
                start = i;
            }
        }
        List<ReadingRow> since = accepted.subList(start, accepted.size());
        if (since.size() < 2) {
            return Optional.empty();
        }
        ReadingRow first = since.get(0);
        ReadingRow last = since.get(since.size() - 1);
        long days = ChronoUnit.DAYS.between(first.takenOn(), last.takenOn());
        if (days < 20) {
            return Optional.empty();
        }
        BigDecimal growth = last.value().subtract(first.value());
        return Optional.of(growth.multiply(DAYS_PER_MONTH).divide(BigDecimal.valueOf(days), MathContext.DECIMAL64));
    }

    /** How much the meter may grow from the last reading to today before it is a jump. */
    static BigDecimal allowedGrowth(Optional<BigDecimal> usualMonthly, BigDecimal factor, BigDecimal floor, LocalDate lastTaken, LocalDate today) {
        // With history, a tenth of the floor keeps a nearly idle meter from flagging every small use.
        BigDecimal perMonth = usualMonthly.map(u -> u.multiply(factor).max(floor.movePointLeft(1))).orElse(floor);
        BigDecimal months = BigDecimal.valueOf(ChronoUnit.DAYS.between(lastTaken, today)).divide(DAYS_PER_MONTH, 6, RoundingMode.HALF_UP);
        return perMonth.multiply(months.max(BigDecimal.ONE));
    }
}
