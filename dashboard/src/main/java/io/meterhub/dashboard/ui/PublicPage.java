package io.meterhub.dashboard.ui;

import io.meterhub.dashboard.i18n.LocaleSwitch;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * The frame of a page open without login (the cost calculator, registration): the RU/EN switch, a
 * link back to the login, the translated title (id {@link PlaceholderView#TITLE_ID}) and a lead
 * line; one column that fits a phone.
 */
public abstract class PublicPage extends VerticalLayout implements HasDynamicTitle {
    public static final String TO_LOGIN_ID = "to-login";
    private final String titleKey;

    protected PublicPage(String titleKey, String leadKey) {
        this.titleKey = titleKey;
        setMaxWidth("760px");
        setWidthFull();
        setPadding(true);
        getStyle().set("margin", "0 auto").set("box-sizing", "border-box");
        RouterLink login = new RouterLink(getTranslation("connection.public.to-login"), LoginView.class);
        login.setId(TO_LOGIN_ID);
        HorizontalLayout top = new HorizontalLayout(login, new LocaleSwitch());
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        H2 title = new H2(getTranslation(titleKey));
        title.setId(PlaceholderView.TITLE_ID);
        title.getStyle().set("margin", "0");
        Paragraph lead = new Paragraph(getTranslation(leadKey));
        lead.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        add(top, title, lead);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
