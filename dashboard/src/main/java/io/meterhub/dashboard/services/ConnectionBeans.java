package io.meterhub.dashboard.services;

import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.connectionfee.FeeRateRepository;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.notifications.email.SmtpEmailChannel;
import io.meterhub.storage.cabinet.connectionfee.JdbcFeeRateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The grid connection's beans that {@code connection.ConnectionConfiguration} does not build yet (the fee
 * calculator, the notification sinks), left from the former {@code CabinetServices} for the connection feature.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectionBeans {
    private static final Logger log = LoggerFactory.getLogger(ConnectionBeans.class);

    @Bean
    public FeeRateRepository feeRateRepository(DataSource dataSource) {
        return new JdbcFeeRateRepository(dataSource);
    }

    @Bean
    public ConnectionFeeCalculator connectionFeeCalculator(FeeRateRepository rates) {
        return new ConnectionFeeCalculator(rates);
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
}
