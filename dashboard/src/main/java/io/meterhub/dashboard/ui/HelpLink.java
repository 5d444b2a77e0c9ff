package io.meterhub.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "? Справка": the link from a hard place of the cabinet (a form step, the readings, the payment, a signature) to its help
 * article, by the article's slug; the help pages live in their own feature, so the link names the route, not the view.
 */
public class HelpLink extends Anchor {
    public static final String ROUTE = "help/article";

    public HelpLink(String slug) {
        super(ROUTE + "/" + slug, "");
        setId("help-link-" + slug);
        Span text = new Span(getTranslation("help.link"));
        add(VaadinIcon.QUESTION_CIRCLE_O.create(), text);
        getElement().setAttribute("title", getTranslation("help.link.title"));
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)").set("align-self", "flex-start");
        getChildren().filter(c -> c != text).forEach(icon -> icon.getElement().getStyle().set("width", "1em").set("height", "1em"));
    }
}
