package io.meterhub.dashboard.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as the operator reads them: a decimal comma and dd.MM.yyyy in Russian, ISO in
 * English; readings without the trailing zeros of the database's scale ("12986,4", not "12986,400").
 */
public final class OperatorFormat {
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private OperatorFormat() {
    }

    public static boolean russian(Locale locale) {
        return locale == null || "ru".equals(locale.getLanguage());
    }

    public static String number(BigDecimal value, Locale locale) {
        if (value == null) {
            return "—";
        }
        BigDecimal shown = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        String text = shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
        return russian(locale) ? text.replace('.', ',') : text;
    }

    /** With an explicit sign: "+12,5". */
    public static String signed(BigDecimal value, Locale locale) {
        return (value.signum() > 0 ? "+" : "") + number(value, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "—";
        }
        return russian(locale) ? RU_DATE.format(date) : date.toString();
    }
}
