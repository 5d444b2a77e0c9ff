package io.meterhub.dashboard.help;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.access.AccessDeniedException;
import io.meterhub.cabinet.access.Role;
import io.meterhub.cabinet.help.HelpArticle;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.dashboard.ui.CustomerPage;
import io.meterhub.dashboard.ui.HelpLink;
import io.meterhub.dashboard.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** One article ({@code help/article/<slug>}), in the reader's language or, with a note, in the other one. */
@Route(value = HelpLink.ROUTE, layout = MainLayout.class)
@RolesAllowed({Role.CUSTOMER_NAME, Role.OPERATOR_NAME, Role.ADMIN_NAME, Role.SUPPLIER_NAME})
public class HelpArticleView extends CustomerPage implements HasUrlParameter<String> {
    public static final String TITLE_ID = "help-article-title";
    public static final String BODY_ID = "help-article-body";
    public static final String FALLBACK_ID = "help-article-fallback";
    public static final String BACK_ID = "help-back";

    private final transient HelpFeature help;

    public HelpArticleView(AuthenticationContext authentication, HelpFeature help) {
        super("help.title", authentication);
        this.help = help;
    }

    @Override
    public void setParameter(BeforeEvent event, String slug) {
        reset();
        Anchor back = new Anchor(HelpView.ROUTE, "← " + getTranslation("help.back"));
        back.setId(BACK_ID);
        add(back);
        HelpArticle article;
        try {
            article = help.library().article(viewer, slug, getLocale());
        } catch (AccessDeniedException e) {
            showNotFound(e.code());
            add(back);
            return;
        }
        H3 title = new H3(article.title());
        title.setId(TITLE_ID);
        title.getStyle().set("margin", "0");
        add(title);
        if (article.fallback()) {
            add(ReadingParts.fallbackNote(getTranslation("help.fallback." + article.language()), FALLBACK_ID));
        }
        add(ReadingParts.body(article.html(), article.language(), BODY_ID));
    }
}
