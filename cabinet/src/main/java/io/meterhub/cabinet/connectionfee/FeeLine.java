package io.meterhub.cabinet.connectionfee;

import io.meterhub.cabinet.common.Messages;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One line of the fee: quantity times rate, rounded to kopecks.
 *
 * @param code what it charges for, one of the constants here
 * @param unit {@code kW}, {@code km} or {@code connection}
 */
public record FeeLine(String code, BigDecimal quantity, String unit, BigDecimal rate, BigDecimal amount) {
    public static final String PREFERENTIAL_PER_KW = "PREFERENTIAL_PER_KW";
    public static final String SPECIAL_PER_KW = "SPECIAL_PER_KW";
    public static final String STANDARD_PER_CONNECTION = "STANDARD_PER_CONNECTION";
    public static final String STANDARD_PER_KW = "STANDARD_PER_KW";
    public static final String STANDARD_PER_KM = "STANDARD_PER_KM";

    /** What the line charges for, in the user's language. */
    public String label(Locale locale) {
        return Messages.format("connectionfee.line." + code, locale);
    }
}
