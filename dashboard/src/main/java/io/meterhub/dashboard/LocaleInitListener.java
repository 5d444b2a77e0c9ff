package io.meterhub.dashboard;

import io.meterhub.dashboard.i18n.LocalePreference;
import io.meterhub.dashboard.security.MeterhubUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Every new UI (a page load, a new tab) speaks the language chosen in this session with the RU/EN
 * switch; before any choice, the logged-in user's language ({@code app_user.locale}); else Russian.
 */
@Component
public class LocaleInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeFor(init.getUI().getSession())));
    }

    static Locale localeFor(VaadinSession session) {
        return LocalePreference.chosen(session).orElseGet(() -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof MeterhubUser user) {
                return LocalePreference.supported(user.preferredLocale());
            }
            return LocalePreference.RUSSIAN;
        });
    }
}
