package io.meterhub.dashboard.appeals;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.appeals.AppealAccess;
import io.meterhub.cabinet.appeals.AppealDesk;
import io.meterhub.cabinet.appeals.AppealExport;
import io.meterhub.cabinet.appeals.AppealFiling;
import io.meterhub.cabinet.appeals.AppealQueries;
import io.meterhub.cabinet.appeals.AppealRepository;
import io.meterhub.cabinet.appeals.AppealTerms;
import io.meterhub.cabinet.appeals.AppealThread;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.appeals.NotificationsForAppeals;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.connection.ConnectionSettings;
import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.services.ConnectionNotificationSinks;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.storage.cabinet.appeals.JdbcAppealRepository;
import io.meterhub.storage.cabinet.appeals.JdbcAppealTermRepository;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import io.meterhub.cabinet.appeals.AnswerTemplates;
import io.meterhub.cabinet.appeals.AppealReport;
import io.meterhub.cabinet.ratings.ServiceRatings;
import io.meterhub.cabinet.visits.VisitAccess;
import io.meterhub.storage.cabinet.appeals.JdbcAppealTemplateRepository;
import io.meterhub.storage.cabinet.ratings.JdbcRatingRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The appeals' beans. Attachments take the cabinet's one upload limit ({@code MH_CONNECTION_MAX_DOCUMENT_MB}); notices go
 * where the connection's go (the inbox, then email and SMS), in the customer's language.
 */
@Configuration(proxyBeanMethods = false)
public class AppealsConfiguration {
    @Bean
    public AppealRepository appealRepository(DataSource dataSource) {
        return new JdbcAppealRepository(dataSource);
    }

    @Bean
    public NotificationsForAppeals appealNotifier(UserService users, ConnectionNotificationSinks sinks) {
        return new NotificationsForAppeals(notification -> sinks.notifications().accept(notification),
                userId -> OneTimeCodeDelivery.localeOf(users, userId));
    }

    @Bean
    public AppealAccess appealAccess(AppealRepository appeals, StaffRights rights) {
        return new AppealAccess(appeals, rights);
    }

    @Bean
    public AppealThread appealThread(Correspondence correspondence, ConnectionSettings settings) {
        return new AppealThread(correspondence, settings.maxDocumentBytes());
    }

    @Bean
    public AppealTerms appealTerms(ProductionCalendar calendar, DataSource dataSource, StaffRights rights, AuditLog audit) {
        return new AppealTerms(calendar, new JdbcAppealTermRepository(dataSource), rights, audit);
    }

    @Bean
    public AppealFiling appealFiling(Transactions transactions, AppealRepository appeals, AccessPolicy access, AccountRepository accounts,
                                     AppealAccess appealAccess, AppealThread thread, AppealTerms terms, NotificationsForAppeals notifier,
                                     Clock clock, IntegrationEvents events) {
        return new AppealFiling(transactions, appeals, access, accounts, appealAccess, thread, terms, notifier, clock, events);
    }

    @Bean
    public AppealDesk appealDesk(Transactions transactions, AppealRepository appeals, AppealAccess access, AppealThread thread, AuditLog audit,
                                 NotificationsForAppeals notifier, Clock clock) {
        return new AppealDesk(transactions, appeals, access, thread, audit, notifier, clock);
    }

    @Bean
    public AppealQueries appealQueries(AppealRepository appeals, AppealAccess access, AppealThread thread, Clock clock) {
        return new AppealQueries(appeals, access, thread, clock);
    }

    @Bean
    public AppealsFeature appealsFeature(AppealFiling filing, AppealDesk desk, AppealQueries queries, AppealTerms terms, AppealAccess access,
                                         AppealThread thread, AuditLog audit, DataSource dataSource, Clock clock) {
        return new AppealsFeature(filing, desk, queries, terms, new AppealExport(desk, clock), new AppealReport(desk, clock),
                new AnswerTemplates(new JdbcAppealTemplateRepository(dataSource), access, thread, audit, clock));
    }

    @Bean
    public ServiceRatings serviceRatings(DataSource dataSource, AppealAccess access, VisitAccess visits, AccountRepository accounts, Clock clock) {
        return new ServiceRatings(new JdbcRatingRepository(dataSource), access, visits, accounts, clock);
    }
}
