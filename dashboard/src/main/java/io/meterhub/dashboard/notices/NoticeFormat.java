package io.meterhub.dashboard.notices;

import com.vaadin.flow.component.Component;
import io.meterhub.cabinet.notices.Announcement;
import io.meterhub.cabinet.notices.AddressRange;
import io.meterhub.cabinet.notices.Parity;
import io.meterhub.cabinet.notices.PlannedOutage;
import io.meterhub.dashboard.ui.Texts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the notices' pages write days, times, services and address ranges, in the page's language. */
final class NoticeFormat {
    private static final DateTimeFormatter RU_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter RU_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private NoticeFormat() {
    }

    static boolean russian(Component page) {
        return !"en".equals(Texts.locale().getLanguage());
    }

    static String day(Component page, LocalDate day) {
        return (russian(page) ? RU_DAY : EN_DAY).format(day);
    }

    static String time(Component page, LocalDateTime time) {
        return (russian(page) ? RU_TIME : EN_TIME).format(time);
    }

    static String period(Component page, Announcement a) {
        return page.getTranslation("notices.period", day(page, a.validFrom()), day(page, a.validTo()));
    }

    /** "10.11.2026 09:00 — 17:00" within a day, else both times whole. */
    static String span(Component page, PlannedOutage o) {
        LocalDateTime start = o.localStart();
        LocalDateTime end = o.localEnd();
        String until = start.toLocalDate().equals(end.toLocalDate()) ? DateTimeFormatter.ofPattern("HH:mm").format(end) : time(page, end);
        return time(page, start) + " — " + until;
    }

    /**
     * A small coloured label; styled here because the production bundle carries no Lumo badge styles.
     *
     * @param tone primary, success, error or contrast
     */
    static <T extends com.vaadin.flow.component.HasStyle> T pill(T label, String tone) {
        String background = "contrast".equals(tone) ? "var(--lumo-contrast-10pct)" : "var(--lumo-" + tone + "-color-10pct)";
        String color = "contrast".equals(tone) ? "var(--lumo-secondary-text-color)" : "var(--lumo-" + tone + "-text-color)";
        label.getStyle().set("background", background).set("color", color).set("border-radius", "1em").set("padding", "0 0.6em")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("line-height", "1.6").set("white-space", "nowrap");
        return label;
    }

    static String service(Component page, String code) {
        return code == null ? "" : Texts.known(page, "customer.service." + code, code);
    }

    /** "ул. Молодогвардейская, 140-160, чётные" / "..., even side". */
    static String range(Component page, AddressRange range) {
        StringBuilder line = new StringBuilder(range.streetText());
        if (range.wholeStreet()) {
            line.append(", ").append(page.getTranslation("notices.range.whole"));
        } else {
            line.append(", ").append(range.from()).append(range.from().equals(range.to()) ? "" : "–" + range.to());
        }
        if (range.parity() != Parity.ANY) {
            line.append(", ").append(page.getTranslation("notices.range." + range.parity().name()));
        }
        return line.toString();
    }
}
