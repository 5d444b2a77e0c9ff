package io.meterhub.dashboard.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, money and dates of the grid connection pages as the user's language writes them: a
 * decimal comma and dd.MM.yyyy in Russian; amounts as every cabinet page shows them.
 */
public final class ConnectionFormat {
    /** Applications are dated in Moscow time, the time of the registration numbers and deadlines. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter RU_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ConnectionFormat() {
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static String money(BigDecimal amount, Locale locale) {
        return CustomerPage.money(amount, locale);
    }

    /** "5,5" / "5.5"; no trailing zeros of a database scale. */
    public static String number(BigDecimal value, Locale locale) {
        return OperatorFormat.number(value, english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("ru"));
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "—" : (english(locale) ? EN_DATE : RU_DATE).format(date);
    }

    public static String time(Instant instant, Locale locale) {
        return time(instant, locale, ZONE);
    }

    /** A moment in the given zone: an organization's pages show its own local time. */
    public static String time(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "—" : (english(locale) ? EN_TIME : RU_TIME).format(instant.atZone(zone));
    }
}
