package io.meterhub.dashboard.ui;

import io.meterhub.cabinet.common.CabinetException;
import io.meterhub.dashboard.i18n.LocalePreference;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import java.util.Locale;

/** Translations with a fallback, and cabinet refusals in the user's language. */
public final class Texts {
    private Texts() {
    }

    /** The translation of {@code key}, or {@code fallback} when the bundles do not know it. */
    public static String known(Component component, String key, String fallback) {
        String text = component.getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }

    /** An enum value's name in the user's language ({@code prefix.VALUE}), or the value itself. */
    public static String of(Component component, String prefix, Enum<?> value) {
        return value == null ? "—" : known(component, prefix + "." + value.name(), value.name());
    }

    /** An application's status as a label ("Подана"): the cabinet's word for it, capitalized. */
    public static String status(Component component, Enum<?> status) {
        String text = of(component, "connection.status", status);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale()) + text.substring(1);
    }

    /** A refusal of a cabinet service in the user's language, as the cabinet words it (its arguments in that language too). */
    public static String refusal(Component component, CabinetException refusal) {
        return refusal.message(locale());
    }

    /** The language of the page being built. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? LocalePreference.RUSSIAN : LocalePreference.supported(ui.getLocale());
    }
}
