package io.meterhub.dashboard.services;

import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.connection.ConnectionApplicationService;
import io.meterhub.cabinet.connection.ConnectionSettings;
import io.meterhub.cabinet.connection.NotificationsForApplicants;
import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.notifications.email.SmtpEmailChannel;
import io.meterhub.cabinet.users.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The grid connection's beans (issue 6, Decree 861) as they were in the former {@code CabinetServices}: left
 * here for the connection feature's own configuration (track A of issue 13) to take over.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectionBeans {
    private static final Logger log = LoggerFactory.getLogger(ConnectionBeans.class);

    @Bean
    public ConnectionFeeCalculator connectionFeeCalculator(DataSource dataSource) {
        return new ConnectionFeeCalculator(dataSource);
    }

    /** {@code MH_CONNECTION_MAX_DOCUMENT_MB}, the largest document accepted (default 10). */
    @Bean
    public ConnectionSettings connectionSettings() {
        return ConnectionSettings.fromEnv(System.getenv());
    }

    /**
     * The applications' notifications go through the cabinet's notification service (the inbox, then email and
     * SMS); the one-time codes' email copies through the email channel alone (never kept in the inbox, never a
     * second SMS), and nowhere when no SMTP server is configured.
     */
    @Bean
    public ConnectionNotificationSinks connectionNotificationSinks(NotificationService notifications, ObjectProvider<SmtpEmailChannel> email) {
        return connectionSinks(notifications, email.getIfAvailable());
    }

    /** The sinks of {@link #connectionNotificationSinks}; {@code channel} is null without an SMTP server. */
    public static ConnectionNotificationSinks connectionSinks(NotificationService notifications, SmtpEmailChannel channel) {
        return new ConnectionNotificationSinks(notifications::send, channel == null
                ? code -> log.info("one-time code email for user {} not sent: no SMTP server is configured (MH_SMTP_HOST)", code.userId())
                : code -> notifications.sendPrivately(code, channel));
    }

    /** Status changes and staff messages for the applicant, in the applicant's language, into the notifications' sink. */
    @Bean
    public NotificationsForApplicants applicantNotifier(UserService users, ConnectionNotificationSinks sinks) {
        return new NotificationsForApplicants(notification -> sinks.notifications().accept(notification),
                userId -> OneTimeCodeDelivery.localeOf(users, userId));
    }

    @Bean
    public ConnectionApplicationService connectionApplicationService(DataSource dataSource, Clock clock, ProductionCalendar calendar,
                                                                     NotificationsForApplicants notifier, OneTimeCodeDelivery delivery,
                                                                     ConnectionSettings settings) {
        return new ConnectionApplicationService(dataSource, clock, calendar, notifier, delivery, settings);
    }
}
