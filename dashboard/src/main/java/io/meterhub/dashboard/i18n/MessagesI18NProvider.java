package io.meterhub.dashboard.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every visible string of the dashboard: {@code i18n/messages.properties} (English, the base) and
 * {@code i18n/messages_ru.properties} (Russian, UTF-8). Russian is the first provided locale, so a
 * new session without a choice speaks Russian.
 *
 * <p>The bundles are looked up without falling back to the JVM's default locale (on a Russian
 * machine {@code getBundle("en")} would otherwise return the Russian bundle). A missing key shows
 * as {@code !key} and is logged, so it is seen and fixed, never silently blank.
 */
@Component
public class MessagesI18NProvider implements I18NProvider {
    public static final String BUNDLE = "i18n.messages";
    /**
     * Looked up in this order: the dashboard's common texts, the customer's and the operator's
     * views, then the cabinet services' message keys (their refusals are shown as they are).
     */
    public static final List<String> BUNDLES = List.of(BUNDLE, "i18n.customer", "i18n.operator", "i18n.admin", "i18n.loading",
            "i18n.customers", "cabinet-messages", "payments-messages", "connection-messages", "connection-blocks-messages",
            "control-panel-messages", "i18n.registry", "registry-messages", "customers-messages", "i18n.appeals", "appeals-messages", "i18n.apikeys",
            "i18n.coverage", "coverage-messages", "i18n.notices", "notices-messages", "i18n.help", "help-messages", "i18n.visits", "visits-messages",
            "i18n.accountaccess", "account-access-messages", "i18n.twofactor", "twofactor-messages");
    private static final Logger log = LoggerFactory.getLogger(MessagesI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LocalePreference.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String name : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = bundle(name, locale);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String text = bundle.getString(key);
                return params == null || params.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(params);
            }
        }
        log.warn("no translation of {} for {}", key, locale);
        return "!" + key;
    }

    static ResourceBundle bundle(String name, Locale locale) {
        Locale supported = LocalePreference.supported(locale);
        return ResourceBundle.getBundle(name, supported, MessagesI18NProvider.class.getClassLoader(), NO_FALLBACK);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale supported = LocalePreference.supported(locale);
        return ResourceBundle.getBundle(BUNDLE, supported, MessagesI18NProvider.class.getClassLoader(), NO_FALLBACK);
    }
}
