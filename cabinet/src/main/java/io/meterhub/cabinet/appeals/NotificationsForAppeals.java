package io.meterhub.cabinet.appeals;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.notifications.NewNotification;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/** The {@link AppealNotifier} the cabinet runs: each change in the customer's language, with the link to the appeal's page. */
public final class NotificationsForAppeals implements AppealNotifier {
    public static final String STATUS_TOPIC = "APPEAL_STATUS";
    public static final String ANSWER_TOPIC = "APPEAL_ANSWER";
    private static final int EXCERPT = 300;

    private final Consumer<NewNotification> send;
    private final LongFunction<Locale> localeOfUser;

    public NotificationsForAppeals(Consumer<NewNotification> send, LongFunction<Locale> localeOfUser) {
        this.send = Objects.requireNonNull(send, "send");
        this.localeOfUser = Objects.requireNonNull(localeOfUser, "localeOfUser");
    }

    /** The appeal's page in the customer's cabinet, relative to its root. */
    public static String link(long appealId) {
        return "appeals/" + appealId;
    }

    @Override
    public void statusChanged(Appeal appeal) {
        Locale locale = localeOfUser.apply(appeal.customerUserId());
        String status = Messages.format("appeals.status." + appeal.status().name(), locale);
        String subject = Messages.format("appeals.notice.status.subject", locale, appeal.number(), status);
        String body = Messages.format("appeals.notice.status.body", locale, appeal.number(), status, appeal.deadline());
        send.accept(new NewNotification(appeal.customerUserId(), STATUS_TOPIC, subject, body, link(appeal.id())));
    }

    @Override
    public void answered(Appeal appeal, String messageNumber, String text) {
        Locale locale = localeOfUser.apply(appeal.customerUserId());
        String subject = Messages.format("appeals.notice.answer.subject", locale, appeal.number());
        String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
        String body = Messages.format("appeals.notice.answer.body", locale, messageNumber) + "\n" + excerpt;
        send.accept(new NewNotification(appeal.customerUserId(), ANSWER_TOPIC, subject, body, link(appeal.id())));
    }
}
