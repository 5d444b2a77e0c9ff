package io.meterhub.cabinet.notices;

import io.meterhub.cabinet.accounts.ServiceRow;
import io.meterhub.cabinet.common.Messages;
import io.meterhub.cabinet.notifications.NewNotification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The {@link NoticeNotifier} the cabinet runs: an outage's notice through the notification service (inbox, email, SMS), an
 * announcement's copy through email alone (the announcement itself is on the overview); the frame in the customer's
 * language, the staff's text as they wrote it.
 */
public final class NotificationsForNotices implements NoticeNotifier {
    public static final String OUTAGE_TOPIC = "PLANNED_OUTAGE";
    public static final String ANNOUNCEMENT_TOPIC = "ANNOUNCEMENT";
    /** The customer's page of announcements and outages, relative to the cabinet's root. */
    public static final String LINK = "notices";
    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final Consumer<NewNotification> send;
    private final Consumer<NewNotification> email;
    private final LongFunction<Locale> localeOfUser;
    private final Function<String, Optional<ServiceRow>> services;

    /**
     * @param send     the notification service ({@code NotificationService::send})
     * @param email    the email channel alone, nothing kept in the inbox
     * @param services the services' names by code
     */
    public NotificationsForNotices(Consumer<NewNotification> send, Consumer<NewNotification> email, LongFunction<Locale> localeOfUser,
                                   Function<String, Optional<ServiceRow>> services) {
        this.send = Objects.requireNonNull(send, "send");
        this.email = Objects.requireNonNull(email, "email");
        this.localeOfUser = Objects.requireNonNull(localeOfUser, "localeOfUser");
        this.services = Objects.requireNonNull(services, "services");
    }

    @Override
    public void outagePublished(long userId, PlannedOutage outage, String organizationName) {
        Locale locale = localeOfUser.apply(userId);
        boolean russian = "ru".equals(locale.getLanguage());
        DateTimeFormatter format = russian ? RU : EN;
        String service = services.apply(outage.serviceCode()).map(s -> russian ? s.nameRu() : s.nameEn()).orElse(outage.serviceCode());
        String start = format.format(outage.localStart());
        String end = format.format(outage.localEnd());
        String subject = Messages.format("notices.notice.outage.subject", locale, service, start);
        String body = Messages.format("notices.notice.outage.body", locale, organizationName, service, start, end, outage.reason(),
                String.join("; ", outage.addressLines()));
        send.accept(new NewNotification(userId, OUTAGE_TOPIC, subject, body, LINK));
    }

    @Override
    public void announcementCopy(long userId, Announcement announcement, String organizationName) {
        Locale locale = localeOfUser.apply(userId);
        String subject = Messages.format("notices.notice.announcement.subject", locale, organizationName, announcement.title());
        String body = Messages.format("notices.notice.announcement.body", locale, organizationName) + "\n\n" + announcement.title() + "\n"
                + announcement.text();
        email.accept(new NewNotification(userId, ANNOUNCEMENT_TOPIC, subject, body, LINK));
    }
}
