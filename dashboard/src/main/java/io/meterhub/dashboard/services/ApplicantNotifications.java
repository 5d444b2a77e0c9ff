package io.meterhub.dashboard.services;

import io.meterhub.cabinet.connection.ApplicantNotifier;
import io.meterhub.cabinet.connection.ApplicationStatus;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.i18n.LocalePreference;
import com.vaadin.flow.i18n.I18NProvider;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What happens to a grid connection application, told to the applicant: the status change or the
 * staff's message as a {@link NewNotification} in the applicant's language (their login's locale),
 * with the link to the application's page, handed to {@code sink}. The sink is the cabinet's
 * notification service (inbox first, then email and SMS); see {@link CabinetServices}.
 */
public final class ApplicantNotifications implements ApplicantNotifier {
    public static final String STATUS_TOPIC = "APPLICATION_STATUS";
    public static final String MESSAGE_TOPIC = "APPLICATION_MESSAGE";
    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final UserService users;
    private final I18NProvider texts;
    private final Consumer<NewNotification> sink;

    public ApplicantNotifications(UserService users, I18NProvider texts, Consumer<NewNotification> sink) {
        this.users = Objects.requireNonNull(users, "users");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void statusChanged(long userId, long applicationId, String number, ApplicationStatus from, ApplicationStatus to, String reason,
                              LocalDate deadline, String link) {
        Locale locale = localeOf(userId);
        String shownNumber = number == null ? "" : number;
        String status = texts.getTranslation("connection.status." + to.name(), locale);
        StringBuilder body = new StringBuilder(texts.getTranslation("connection.notify.status.body", locale, shownNumber, status));
        if (reason != null && !reason.isBlank()) {
            body.append("\n").append(texts.getTranslation("connection.notify.reason", locale, reason));
        }
        if (deadline != null) {
            String date = "en".equals(locale.getLanguage()) ? deadline.toString() : RU_DATE.format(deadline);
            body.append("\n").append(texts.getTranslation("connection.notify.deadline", locale, date));
        }
        sink.accept(new NewNotification(userId, STATUS_TOPIC, texts.getTranslation("connection.notify.status.subject", locale, shownNumber, status),
                body.toString(), link));
    }

    @Override
    public void messageReceived(long userId, long applicationId, String number, String messageNumber, String text, String link) {
        Locale locale = localeOf(userId);
        String body = texts.getTranslation("connection.notify.message.body", locale, number == null ? "" : number, messageNumber) + "\n\n" + text;
        sink.accept(new NewNotification(userId, MESSAGE_TOPIC,
                texts.getTranslation("connection.notify.message.subject", locale, number == null ? "" : number), body, link));
    }

    private Locale localeOf(long userId) {
        return localeOf(users, userId);
    }

    /** The language of a user's login: English or Russian (the default, also for an unknown user). */
    static Locale localeOf(UserService users, long userId) {
        return users.find(userId).map(u -> u.locale() == null ? null : Locale.forLanguageTag(u.locale()))
                .map(LocalePreference::supported).orElse(LocalePreference.RUSSIAN);
    }
}
