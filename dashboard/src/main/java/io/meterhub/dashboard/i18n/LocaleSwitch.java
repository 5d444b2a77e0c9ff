package io.meterhub.dashboard.i18n;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.util.Locale;

/** The RU/EN switch of the header and of the login page. */
public class LocaleSwitch extends Composite<HorizontalLayout> {
    private final Button russian = button("locale-ru", LocalePreference.RUSSIAN);
    private final Button english = button("locale-en", LocalePreference.ENGLISH);

    public LocaleSwitch() {
        HorizontalLayout layout = getContent();
        layout.setSpacing(false);
        layout.getThemeList().add("spacing-xs");
        layout.add(russian, english);
        layout.getElement().setAttribute("role", "group");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getContent().getElement().setAttribute("aria-label", getTranslation("locale.switch"));
        russian.setText(getTranslation("locale.ru"));
        english.setText(getTranslation("locale.en"));
        Locale current = LocalePreference.supported(event.getUI().getLocale());
        mark(russian, current.equals(LocalePreference.RUSSIAN));
        mark(english, current.equals(LocalePreference.ENGLISH));
    }

    private static Button button(String id, Locale locale) {
        Button button = new Button();
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(click -> click.getSource().getUI().ifPresent(ui -> LocalePreference.choose(ui, locale)));
        return button;
    }

    private static void mark(Button button, boolean current) {
        if (current) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        button.getElement().setAttribute("aria-pressed", Boolean.toString(current));
    }
}
