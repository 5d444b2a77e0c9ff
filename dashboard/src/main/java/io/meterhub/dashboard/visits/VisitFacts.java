package io.meterhub.dashboard.visits;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import io.meterhub.cabinet.visits.DayHours;
import io.meterhub.cabinet.visits.Office;
import io.meterhub.cabinet.visits.Visit;
import io.meterhub.dashboard.ui.Texts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** How the appointments' pages write a visit's day and time (local time of the organization), its status and an office's hours. */
final class VisitFacts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private VisitFacts() {
    }

    static boolean russian() {
        return !"en".equals(Texts.locale().getLanguage());
    }

    /** The picker in Russian when the page is (the component's own texts are English): names of months and days, Monday first, dd.MM.yyyy. */
    static DatePicker localized(DatePicker picker) {
        if (russian()) {
            DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
            i18n.setMonthNames(List.of("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
                    "Ноябрь", "Декабрь"));
            i18n.setWeekdays(List.of("воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"));
            i18n.setWeekdaysShort(List.of("вс", "пн", "вт", "ср", "чт", "пт", "сб"));
            i18n.setFirstDayOfWeek(1);
            i18n.setToday("Сегодня");
            i18n.setCancel("Отмена");
            i18n.setDateFormat("dd.MM.yyyy");
            picker.setI18n(i18n);
        }
        return picker;
    }

    /** "чт, 05.11.2026" / "Thu, 5 Nov 2026". */
    static String day(LocalDate date) {
        Locale locale = russian() ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
        return weekday + ", " + date.format(russian() ? DateTimeFormatter.ofPattern("dd.MM.yyyy") : DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.ENGLISH));
    }

    static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    /** "чт, 05.11.2026, 10:00–10:30". */
    static String when(Visit visit) {
        return day(visit.start().toLocalDate()) + ", " + time(visit.start()) + "–" + time(visit.end());
    }

    static String topic(Component page, Visit visit) {
        return Texts.of(page, "appeals.category", visit.topic());
    }

    static Span status(Component page, Visit visit) {
        Span status = new Span(Texts.of(page, "visits.status", visit.status()));
        status.setId("visit-" + visit.id() + "-status");
        // coloured by itself: the Lumo badge styles may be missing from the bundle
        status.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-s)").set("color", switch (visit.status()) {
            case BOOKED -> "var(--lumo-primary-text-color)";
            case HELD -> "var(--lumo-success-text-color)";
            case MISSED -> "var(--lumo-error-text-color)";
            case CANCELLED -> "var(--lumo-secondary-text-color)";
        });
        return status;
    }

    /** "пн–чт 09:00–18:00 (перерыв 13:00–13:45); пт 09:00–17:00" by the office's weekdays. */
    static String week(Office office) {
        Locale locale = russian() ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        StringBuilder text = new StringBuilder();
        DayOfWeek from = null;
        DayOfWeek previous = null;
        String previousHours = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            DayHours hours = office.hours().get(day);
            String shown = hours == null ? null : hours.hoursText() + (hours.breakFrom() == null ? "" : " (" + breakWord() + " " + hours.breakText() + ")");
            if (shown != null && shown.equals(previousHours)) {
                previous = day;
                continue;
            }
            append(text, from, previous, previousHours, locale);
            from = day;
            previous = day;
            previousHours = shown;
        }
        append(text, from, previous, previousHours, locale);
        return text.toString();
    }

    private static String breakWord() {
        return russian() ? "перерыв" : "break";
    }

    private static void append(StringBuilder text, DayOfWeek from, DayOfWeek to, String hours, Locale locale) {
        if (from == null || hours == null) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("; ");
        }
        text.append(from.getDisplayName(TextStyle.SHORT, locale));
        if (to != from) {
            text.append('–').append(to.getDisplayName(TextStyle.SHORT, locale));
        }
        text.append(' ').append(hours);
    }
}
