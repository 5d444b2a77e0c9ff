package io.meterhub.cabinet.connection;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.notifications.NewNotification;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * The {@link ApplicantNotifier} the cabinet runs: each status change and each staff message becomes a
 * {@link NewNotification} in the applicant's language, with the link to the application's page, handed
 * to {@code send} (the lead passes {@code notificationService::send}, which stores it in the inbox and
 * sends it by email and SMS).
 */
public final class NotificationsForApplicants implements ApplicantNotifier {
    public static final String STATUS_TOPIC = "APPLICATION_STATUS";
    public static final String MESSAGE_TOPIC = "APPLICATION_MESSAGE";
    public static final String PAPER_TOPIC = "PAPER_APPLICATION";
    private static final int EXCERPT = 300;

    private final Consumer<NewNotification> send;
    private final LongFunction<Locale> localeOfUser;

    /** @param localeOfUser the user's language (e.g. {@code id -> Locale.forLanguageTag(userService.locale(...))}) */
    public NotificationsForApplicants(Consumer<NewNotification> send, LongFunction<Locale> localeOfUser) {
        this.send = Objects.requireNonNull(send, "send");
        this.localeOfUser = Objects.requireNonNull(localeOfUser, "localeOfUser");
    }

    @Override
    public void statusChanged(long userId, long applicationId, String number, ApplicationStatus from, ApplicationStatus to, String reason,
                              LocalDate deadline, String link) {
        Locale locale = localeOfUser.apply(userId);
        String status = Messages.format("connection.status." + to.name(), locale);
        String subject = Messages.format("connection.notice.status.subject", locale, shown(number, locale), status);
        StringBuilder body = new StringBuilder(Messages.format("connection.notice.status.body", locale, shown(number, locale), status));
        if (reason != null) {
            body.append('\n').append(Messages.format("connection.notice.reason", locale, reason));
        }
        if (deadline != null) {
            body.append('\n').append(Messages.format("connection.notice.deadline", locale, deadline));
        }
        send.accept(new NewNotification(userId, STATUS_TOPIC, subject, body.toString(), link));
    }

    @Override
    public void messageReceived(long userId, long applicationId, String number, String messageNumber, String text, String link) {
        Locale locale = localeOfUser.apply(userId);
        String subject = Messages.format("connection.notice.message.subject", locale, shown(number, locale));
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
        String body = Messages.format("connection.notice.message.body", locale, messageNumber) + "\n" + excerpt;
        send.accept(new NewNotification(userId, MESSAGE_TOPIC, subject, body, link));
    }

    @Override
    public void paperRegistered(long userId, long applicationId, String organizationName, String link) {
        Locale locale = localeOfUser.apply(userId);
        send.accept(new NewNotification(userId, PAPER_TOPIC, Messages.format("connection.notice.paper.subject", locale, organizationName),
                Messages.format("connection.notice.paper.body", locale, organizationName), link));
    }

    /** A draft has no number yet. */
    private static String shown(String number, Locale locale) {
        return number != null ? number : Messages.format("connection.notice.draft", locale);
    }
}
