package io.meterhub.cabinet.visits;

import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.notifications.NewNotification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/** The {@link VisitNotifier} the cabinet runs: the reminder in the customer's language, with the link to their visits. */
public final class NotificationsForVisits implements VisitNotifier {
    public static final String REMINDER_TOPIC = "VISIT_REMINDER";
    /** The customer's page of visits, relative to the cabinet's root. */
    public static final String LINK = "visits";

    private final Consumer<NewNotification> send;
    private final LongFunction<Locale> localeOfUser;

    public NotificationsForVisits(Consumer<NewNotification> send, LongFunction<Locale> localeOfUser) {
        this.send = Objects.requireNonNull(send, "send");
        this.localeOfUser = Objects.requireNonNull(localeOfUser, "localeOfUser");
    }

    @Override
    public void reminder(Visit visit) {
        Locale locale = localeOfUser.apply(visit.customerUserId());
        boolean russian = "ru".equals(locale.getLanguage());
        String day = visit.start().format(russian ? DateTimeFormatter.ofPattern("dd.MM.yyyy") : DateTimeFormatter.ofPattern("d MMM yyyy",
                Locale.ENGLISH));
        String time = visit.start().format(DateTimeFormatter.ofPattern("HH:mm"));
        String topic = Messages.format("appeals.category." + visit.topic().name(), locale);
        String subject = Messages.format("visits.notice.reminder.subject", locale, day, time);
        String body = Messages.format("visits.notice.reminder.body", locale, day, time, visit.officeName(), visit.officeAddress(), topic);
        send.accept(new NewNotification(visit.customerUserId(), REMINDER_TOPIC, subject, body, LINK));
    }
}
