package io.meterhub.dashboard.notices;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.notices.NoticeRepository;
import io.meterhub.cabinet.notices.NoticesFeature;
import io.meterhub.cabinet.notices.NotificationsForNotices;
import io.meterhub.cabinet.notifications.NewNotification;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.notifications.email.SmtpEmailChannel;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.storage.cabinet.notices.JdbcNoticeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The announcements' and outages' beans. An outage's notice goes where the appeals' go (the inbox, then email and SMS); an
 * announcement's copy through the email channel alone, and nowhere without an SMTP server.
 */
@Configuration(proxyBeanMethods = false)
public class NoticesConfiguration {
    private static final Logger log = LoggerFactory.getLogger(NoticesConfiguration.class);

    @Bean
    public NoticeRepository noticeRepository(DataSource dataSource) {
        return new JdbcNoticeRepository(dataSource);
    }

    @Bean
    public NotificationsForNotices noticeNotifier(NotificationService notifications, ObjectProvider<SmtpEmailChannel> email, UserService users,
                                                  AccountRepository accounts) {
        SmtpEmailChannel channel = email.getIfAvailable();
        Consumer<NewNotification> copies = channel == null
                ? copy -> log.info("announcement copy for user {} not sent: no SMTP server is configured (MH_SMTP_HOST)", copy.userId())
                : copy -> notifications.sendPrivately(copy, channel);
        return new NotificationsForNotices(notifications::send, copies, userId -> OneTimeCodeDelivery.localeOf(users, userId), accounts::service);
    }

    @Bean
    public NoticesFeature noticesFeature(Transactions transactions, NoticeRepository notices, AccessPolicy access, AccountRepository accounts,
                                         StaffRights rights, AuditLog audit, NotificationsForNotices notifier, Clock clock) {
        return NoticesFeature.of(transactions, notices, access, accounts, rights, audit, notifier, clock);
    }
}
