package io.meterhub.cabinet.common;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The cabinet's messages: English in cabinet-messages.properties, Russian in cabinet-messages_ru.properties. */
public final class Messages {
    public static final String BUNDLE = "cabinet-messages";
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter RU_MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private Messages() {
    }

    public static String format(String code, Locale locale, Object... args) {
        boolean russian = "ru".equals(locale.getLanguage());
        String pattern;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, russian ? Locale.forLanguageTag("ru") : Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            pattern = bundle.getString(code);
        } catch (MissingResourceException e) {
            return code + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = show(args[i], russian);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    private static Object show(Object arg, boolean russian) {
        if (arg instanceof BigDecimal decimal) {
            String text = decimal.toPlainString();
            return russian ? text.replace('.', ',') : text;
        }
        if (arg instanceof LocalDate date) {
            return russian ? RU_DATE.format(date) : date.toString();
        }
        if (arg instanceof YearMonth month) {
            return russian ? RU_MONTH.format(month) : month.toString();
        }
        if (arg instanceof Number number) {
            return number.toString();
        }
        return arg == null ? "" : arg.toString();
    }
}
