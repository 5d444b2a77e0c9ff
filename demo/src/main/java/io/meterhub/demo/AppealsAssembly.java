package io.meterhub.demo;

import io.meterhub.storage.cabinet.accountaccess.JdbcAccountAccessRepository;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.appeals.AnswerTemplates;
import io.meterhub.cabinet.appeals.AppealAccess;
import io.meterhub.cabinet.appeals.AppealDesk;
import io.meterhub.cabinet.appeals.AppealExport;
import io.meterhub.cabinet.appeals.AppealFiling;
import io.meterhub.cabinet.appeals.AppealNotifier;
import io.meterhub.cabinet.appeals.AppealQueries;
import io.meterhub.cabinet.appeals.AppealRepository;
import io.meterhub.cabinet.appeals.AppealReport;
import io.meterhub.cabinet.appeals.AppealTerms;
import io.meterhub.cabinet.appeals.AppealThread;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.ratings.ServiceRatings;
import io.meterhub.cabinet.visits.VisitAccess;
import io.meterhub.storage.cabinet.visits.JdbcOfficeRepository;
import io.meterhub.storage.cabinet.visits.JdbcVisitRepository;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.appeals.JdbcAppealRepository;
import io.meterhub.storage.cabinet.appeals.JdbcAppealTemplateRepository;
import io.meterhub.storage.cabinet.appeals.JdbcAppealTermRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.correspondence.JdbcCorrespondenceRepository;
import io.meterhub.storage.cabinet.ratings.JdbcRatingRepository;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import io.meterhub.storage.cabinet.webhooks.JdbcIntegrationEvents;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The demo's composition root for appeals and ratings, as the dashboard's {@code AppealsConfiguration} wires them; the
 * seeder files and answers at dates in the past, hence one assembly per clock, and nobody is notified of the past.
 */
final class AppealsAssembly {
    /** Attachments of the demo's appeals are small; the cabinet's own limit applies to what users upload. */
    private static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    private AppealsAssembly() {
    }

    record Appeals(AppealsFeature feature, ServiceRatings ratings) {
    }

    static Appeals assemble(DataSource dataSource, Clock clock) {
        Transactions transactions = new JdbcTransactions(dataSource);
        JdbcAccountRepository accounts = new JdbcAccountRepository(dataSource);
        AppealRepository appeals = new JdbcAppealRepository(dataSource);
        StaffRights rights = new StaffRights(new JdbcStaffRepository(dataSource));
        AppealAccess access = new AppealAccess(appeals, rights);
        AppealThread thread = new AppealThread(new Correspondence(new JdbcCorrespondenceRepository(dataSource)), MAX_ATTACHMENT_BYTES);
        AuditLog audit = new AuditLog(new JdbcAuditRepository(dataSource), new JdbcUserRepository(dataSource), transactions);
        AppealTerms terms = new AppealTerms(ProductionCalendar.russia(), new JdbcAppealTermRepository(dataSource), rights, audit);
        AppealNotifier quiet = AppealNotifier.NONE;
        AppealDesk desk = new AppealDesk(transactions, appeals, access, thread, audit, quiet, clock);
        AppealsFeature feature = new AppealsFeature(
                new AppealFiling(transactions, appeals, new AccessPolicy(accounts, new JdbcManualReadingRepository(dataSource), new JdbcAccountAccessRepository(dataSource), clock), accounts, access,
                        thread, terms, quiet, clock, new JdbcIntegrationEvents()),
                desk, new AppealQueries(appeals, access, thread, clock), terms, new AppealExport(desk, clock), new AppealReport(desk, clock),
                new AnswerTemplates(new JdbcAppealTemplateRepository(dataSource), access, thread, audit, clock));
        VisitAccess visits = new VisitAccess(new JdbcVisitRepository(dataSource), new JdbcOfficeRepository(dataSource), rights);
        return new Appeals(feature, new ServiceRatings(new JdbcRatingRepository(dataSource), access, visits, accounts, clock));
    }
}
