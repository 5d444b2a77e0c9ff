package io.meterhub.cabinet.common;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The cabinet's messages: English in cabinet-messages.properties, Russian in cabinet-messages_ru.properties. */
public final class Messages {
    public static final String BUNDLE = "cabinet-messages";
    /**
     * Bundles of features kept in files of their own (so parallel work merges cleanly); a key missing
     * from {@link #BUNDLE} is looked up in these, so a {@link CabinetException} may use their keys.
     */
    public static final List<String> FEATURE_BUNDLES = List.of("connection-blocks-messages", "connection-messages", "control-panel-messages",
            "registry-messages", "data-loading-messages", "customers-messages", "appeals-messages", "coverage-messages",
            "notices-messages", "help-messages", "visits-messages", "account-access-messages", "twofactor-messages");
    /** Identifiers, the connection fee, one-time codes, signatures, connection documents, notification channels. */
    public static final String CONNECTION_BLOCKS_BUNDLE = FEATURE_BUNDLES.get(0);
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter RU_MONTH = DateTimeFormatter.ofPattern("MM.yyyy");

    private Messages() {
    }

    public static String format(String code, Locale locale, Object... args) {
        String pattern = pattern(BUNDLE, code, locale);
        for (int i = 0; pattern == null && i < FEATURE_BUNDLES.size(); i++) {
            pattern = pattern(FEATURE_BUNDLES.get(i), code, locale);
        }
        return render(pattern, code, locale, args);
    }

    /** A message of another bundle of the cabinet, rendered the same way. */
    public static String format(String bundle, String code, Locale locale, Object... args) {
        return render(pattern(bundle, code, locale), code, locale, args);
    }

    private static String pattern(String bundleName, String code, Locale locale) {
        boolean russian = "ru".equals(locale.getLanguage());
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, russian ? Locale.forLanguageTag("ru") : Locale.ROOT,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.getString(code);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String render(String pattern, String code, Locale locale, Object... args) {
        if (pattern == null) {
            return code + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        boolean russian = "ru".equals(locale.getLanguage());
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
