package io.meterhub.dashboard.help;

import com.vaadin.flow.spring.security.AuthenticationContext;
import io.meterhub.cabinet.help.HelpFeature;
import io.meterhub.cabinet.help.PublicPageKind;
import io.meterhub.dashboard.services.CurrentViewer;

/**
 * A public page staff edit (contacts, about), open without login: a signed-in reader gets their organization's text, a
 * visitor the default organization's, else the product's.
 */
abstract class InfoPage extends io.meterhub.dashboard.ui.PublicPage {
    public static final String BODY_ID = "info-body";
    public static final String FALLBACK_ID = "info-fallback";

    protected InfoPage(String titleKey, String leadKey, PublicPageKind kind, AuthenticationContext authentication, HelpFeature help) {
        super(titleKey, leadKey);
        io.meterhub.cabinet.help.PublicPage page = help.pages().page(CurrentViewer.of(authentication).orElse(null), kind, getLocale());
        if (page.fallback()) {
            add(ReadingParts.fallbackNote(getTranslation("help.fallback." + page.language()), FALLBACK_ID));
        }
        add(ReadingParts.body(page.html(), page.language(), BODY_ID));
    }
}
