package io.meterhub.dashboard.notifications;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.NotificationRepository;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.notifications.email.SmtpConfig;
import io.meterhub.cabinet.notifications.email.SmtpEmailChannel;
import io.meterhub.cabinet.notifications.outbox.Outbox;
import io.meterhub.cabinet.notifications.outbox.OutboxSmsProvider;
import io.meterhub.cabinet.notifications.sms.LoggingSmsProvider;
import io.meterhub.cabinet.notifications.sms.SmsChannel;
import io.meterhub.cabinet.notifications.sms.SmsProvider;
import io.meterhub.dashboard.EnvironmentVariables;
import io.meterhub.storage.cabinet.notifications.JdbcNotificationRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.time.Clock;

/** The inbox, and the channels beyond it: SMS always (without a gateway: logged masked, without the text; the demo's outbox shows them), email when an SMTP server is set. */
@Configuration(proxyBeanMethods = false)
public class NotificationsConfiguration {
    @Bean
    public NotificationSettings notificationSettings(Environment environment) {
        return NotificationSettings.fromEnvironment(EnvironmentVariables.read(environment, NotificationSettings.PUBLIC_URL_VARIABLE));
    }

    @Bean
    public NotificationRepository notificationRepository(DataSource dataSource) {
        return new JdbcNotificationRepository(dataSource);
    }

    /** Every {@link NotificationChannel} bean (email, SMS) carries notifications beyond the inbox; none yet is fine. */
    @Bean
    public NotificationService notificationService(NotificationRepository notifications, AccessPolicy access, AccountRepository accounts,
                                                   ObjectProvider<NotificationChannel> channels, NotificationSettings settings, Clock clock) {
        return new NotificationService(notifications, access, accounts, channels.orderedStream().toList(), settings.publicBaseUrl(), clock);
    }

    /**
     * The SMS provider of a cabinet without a gateway: logs that a text went out, to the masked phone, never the
     * text; in the demo each text also goes to the demo's outbox page. A real provider replaces this bean.
     */
    @Bean
    public SmsProvider smsProvider(ObjectProvider<Outbox> demoOutbox) {
        Outbox outbox = demoOutbox.getIfAvailable();
        return outbox == null ? new LoggingSmsProvider() : new OutboxSmsProvider(outbox, new LoggingSmsProvider());
    }

    @Bean
    public SmsChannel smsChannel(SmsProvider sms) {
        return new SmsChannel(sms);
    }

    /** {@code MH_SMTP_HOST} says where the SMTP server is ({@code MH_SMTP_PORT}, {@code _FROM}, ... validated). */
    @Bean
    @ConditionalOnProperty(name = "MH_SMTP_HOST")
    public SmtpConfig smtpConfig(Environment environment) {
        return SmtpConfig.fromEnvironment(EnvironmentVariables.read(environment, "MH_SMTP_HOST", "MH_SMTP_PORT", "MH_SMTP_FROM",
                "MH_SMTP_USERNAME", "MH_SMTP_PASSWORD", "MH_SMTP_STARTTLS")).orElseThrow();
    }

    @Bean
    @ConditionalOnProperty(name = "MH_SMTP_HOST")
    public SmtpEmailChannel emailChannel(SmtpConfig config) {
        return new SmtpEmailChannel(config);
    }
}
