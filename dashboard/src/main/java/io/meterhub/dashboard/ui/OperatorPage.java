package io.meterhub.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The frame of an operator's page: its translated title (id {@code view-title}) and small building blocks for cards. */
public abstract class OperatorPage extends VerticalLayout implements HasDynamicTitle {
    private final String titleKey;

    protected OperatorPage(String titleKey) {
        this.titleKey = titleKey;
        H2 title = new H2(getTranslation(titleKey));
        title.setId(PlaceholderView.TITLE_ID);
        title.getStyle().set("margin", "0");
        add(title);
        setPadding(true);
        setMaxWidth("1200px");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }

    /** A muted line of text. */
    protected static Paragraph note(String text, String id) {
        Paragraph note = new Paragraph(text);
        if (id != null) {
            note.setId(id);
        }
        note.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        return note;
    }

    /** A bordered card that fills a phone's width and sits beside others on a desktop. */
    protected static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("mh-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box").set("width", "100%")
                .set("max-width", "560px").set("background", "var(--lumo-base-color)");
        return card;
    }

    /** A "label: value" line of a card; the value carries the id, for tests. */
    protected Div field(String labelKey, String value, String valueId) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        if (valueId != null) {
            text.setId(valueId);
        }
        Div line = new Div(label, text);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return line;
    }

    /** A wrapping row of cards. */
    protected static Div cards(String id) {
        Div cards = new Div();
        cards.setId(id);
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)").set("width", "100%");
        return cards;
    }

    /** A service's name, or its code when the dashboard does not know it. */
    protected String serviceName(String serviceCode) {
        return known("operator.service." + serviceCode, serviceCode);
    }

    /** The unit of a service's meters, or "" when unknown. */
    protected String serviceUnit(String serviceCode) {
        return known("operator.unit." + serviceCode, "");
    }

    protected String known(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }

    protected static Component spacer() {
        Div spacer = new Div();
        spacer.getStyle().set("height", "var(--lumo-space-s)");
        return spacer;
    }
}
