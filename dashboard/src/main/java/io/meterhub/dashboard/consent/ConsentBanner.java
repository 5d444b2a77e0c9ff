package io.meterhub.dashboard.consent;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The line above a customer's page while their accepted consent is older than the text in force (or missing): the
 * customer is asked again at the next sign-in, and on every page until they accept.
 */
public final class ConsentBanner extends Div {
    public static final String ID = "consent-banner";

    public ConsentBanner(String version) {
        setId(ID);
        Anchor open = new Anchor(ConsentView.ROUTE, getTranslation("consent.banner.open"));
        open.getStyle().set("margin-left", "var(--lumo-space-s)").set("font-weight", "600");
        add(new Span(getTranslation("consent.banner", version)), open);
        getStyle().set("background", "var(--lumo-warning-color-10pct, #fff4e0)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    }
}
