package io.meterhub.cabinet.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/** Money rules of payments: roubles with kopecks, BigDecimal of scale 2, never floating point. */
public final class Amounts {
    /** The most one line of a payment may carry, in roubles. */
    public static final BigDecimal MAX_LINE = new BigDecimal("1000000.00");
    private static final Pattern TYPED = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private Amounts() {
    }

    /**
     * Parses what a person typed: "1234.56", "1 234,56" (spaces, no-break spaces and the ₽ sign are
     * ignored). Empty when it is not a number; the range is checked by {@link #problem(BigDecimal)}.
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String cleaned = text.replaceAll("[\\s\\u00A0\\u202F₽]", "").replace("руб.", "");
        if (!TYPED.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(cleaned.replace(',', '.')));
    }

    /** The message key of what is wrong with an amount, or empty when it can be paid. */
    public static Optional<String> problem(BigDecimal amount) {
        if (amount == null) {
            return Optional.of(PaymentMessages.AMOUNT_REQUIRED);
        }
        if (amount.signum() <= 0) {
            return Optional.of(PaymentMessages.AMOUNT_NOT_POSITIVE);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of(PaymentMessages.AMOUNT_TOO_MANY_DECIMALS);
        }
        if (amount.compareTo(MAX_LINE) > 0) {
            return Optional.of(PaymentMessages.AMOUNT_TOO_LARGE);
        }
        return Optional.empty();
    }

    /** A valid amount at scale 2 (throws if it has more than two decimals). */
    public static BigDecimal kopecks(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** "1234.56": the plain form providers and callbacks use. */
    public static String plain(BigDecimal amount) {
        return kopecks(amount).toPlainString();
    }
}
