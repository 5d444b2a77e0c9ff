package io.meterhub.dashboard.services;

import io.meterhub.cabinet.notifications.sms.SmsProvider;
import io.meterhub.cabinet.registration.CodeSender;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.i18n.LocalePreference;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Delivers one-time codes (phone confirmation, signing) by SMS to the phone the cabinet gives, and only
 * there: an email copy would let whoever reads the profile's (unconfirmed) mailbox sign. The cabinet's
 * {@link CodeSender} names only the phone, so the page that asks for a code says whose it is
 * ({@link #forUser}), for the text's language; outside it the text is Russian. The code is never logged.
 */
public final class OneTimeCodeDelivery implements CodeSender {
    private static final ThreadLocal<Long> RECIPIENT = new ThreadLocal<>();

    private static final Logger log = LoggerFactory.getLogger(OneTimeCodeDelivery.class);

    private final SmsProvider sms;
    private final UserService users;
    private final I18NProvider texts;

    public OneTimeCodeDelivery(SmsProvider sms, UserService users, I18NProvider texts) {
        this.sms = Objects.requireNonNull(sms, "sms");
        this.users = Objects.requireNonNull(users, "users");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** Runs {@code asking} (a service call that sends a code) with {@code userId} as the code's recipient (the text's language). */
    public <T> T forUser(long userId, Supplier<T> asking) {
        Long before = RECIPIENT.get();
        RECIPIENT.set(userId);
        try {
            return asking.get();
        } finally {
            if (before == null) {
                RECIPIENT.remove();
            } else {
                RECIPIENT.set(before);
            }
        }
    }

    @Override
    public void sendCode(String phoneE164, String code) {
        Long userId = RECIPIENT.get();
        Locale locale = userId == null ? LocalePreference.RUSSIAN : localeOf(users, userId);
        try {
            sms.send(phoneE164, texts.getTranslation("connection.code.sms", locale, code));
        } catch (Exception e) {
            log.error("the one-time code for user {} could not be sent by SMS", userId, e);
            throw new IllegalStateException("the one-time code could not be delivered", e);
        }
    }

    /** The language of a user's login: English or Russian (the default, also for an unknown user). */
    public static Locale localeOf(UserService users, long userId) {
        return users.find(userId).map(u -> u.locale() == null ? null : Locale.forLanguageTag(u.locale()))
                .map(LocalePreference::supported).orElse(LocalePreference.RUSSIAN);
    }
}
