package io.meterhub.dashboard.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The language of the UI: Russian first, English second; the choice lives in the session. */
public final class LocalePreference {
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(RUSSIAN, ENGLISH);
    private static final String ATTRIBUTE = LocalePreference.class.getName();

    private LocalePreference() {
    }

    /** Russian or English: English for an English locale, Russian for anything else. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : RUSSIAN;
    }

    /** The language chosen with the switch in this session, if any. */
    public static Optional<Locale> chosen(VaadinSession session) {
        return session == null ? Optional.empty() : Optional.ofNullable((Locale) session.getAttribute(ATTRIBUTE));
    }

    /** Switches this session to {@code locale} and renders the current view again in it. */
    public static void choose(UI ui, Locale locale) {
        Locale supported = supported(locale);
        VaadinSession session = ui.getSession();
        session.setAttribute(ATTRIBUTE, supported);
        session.setLocale(supported);
        ui.setLocale(supported);
        ui.refreshCurrentRoute(true);
    }
}
