package io.meterhub.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A "label: value" line of facts (an application's, a profile's); the value carries the id. */
public final class FactLine {
    private FactLine() {
    }

    public static Div of(Component context, String labelKey, String value, String id) {
        Span label = new Span(context.getTranslation(labelKey) + ": ");
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value == null ? "\u2014" : value);
        text.setId(id);
        Div line = new Div(label, text);
        line.getStyle().set("margin", "var(--lumo-space-xs) 0").set("overflow-wrap", "anywhere");
        return line;
    }
}
