package io.meterhub.dashboard.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view with its translated title and, until it is built, a "being built" line. Subclasses add
 * their content below the title.
 */
public abstract class PlaceholderView extends VerticalLayout implements HasDynamicTitle {
    public static final String TITLE_ID = "view-title";
    private final String titleKey;

    protected PlaceholderView(String titleKey) {
        this.titleKey = titleKey;
        H2 title = new H2(getTranslation(titleKey));
        title.setId(TITLE_ID);
        title.getStyle().set("margin", "0");
        Paragraph pending = new Paragraph(getTranslation("view.placeholder"));
        pending.addClassName("mh-placeholder");
        pending.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(title, pending);
        setPadding(true);
        setMaxWidth("1200px");
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
