package io.meterhub.cabinet;

import io.meterhub.storage.cabinet.accountaccess.JdbcAccountAccessRepository;
import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.access.StaffRights;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.accounts.AccountRepository;
import io.meterhub.cabinet.appeals.AppealAccess;
import io.meterhub.cabinet.appeals.AppealDesk;
import io.meterhub.cabinet.appeals.AnswerTemplates;
import io.meterhub.cabinet.appeals.AppealExport;
import io.meterhub.cabinet.appeals.AppealReport;
import io.meterhub.cabinet.ratings.ServiceRatings;
import io.meterhub.storage.cabinet.appeals.JdbcAppealTemplateRepository;
import io.meterhub.storage.cabinet.ratings.JdbcRatingRepository;
import io.meterhub.cabinet.appeals.AppealFiling;
import io.meterhub.cabinet.appeals.AppealNotifier;
import io.meterhub.cabinet.appeals.AppealQueries;
import io.meterhub.cabinet.appeals.AppealRepository;
import io.meterhub.cabinet.appeals.AppealTerms;
import io.meterhub.cabinet.appeals.AppealThread;
import io.meterhub.cabinet.appeals.AppealsFeature;
import io.meterhub.cabinet.anomalies.AnomalyAlerts;
import io.meterhub.cabinet.anomalies.AnomalyRepository;
import io.meterhub.cabinet.anomalies.AnomalyReviewService;
import io.meterhub.cabinet.anomalies.DutyRoster;
import io.meterhub.cabinet.anomalies.EpisodeContextService;
import io.meterhub.cabinet.anomalies.OwnerNoticeService;
import io.meterhub.cabinet.audit.AuditLog;
import io.meterhub.cabinet.billing.BillingRun;
import io.meterhub.cabinet.billing.ChargeImport;
import io.meterhub.cabinet.calendar.DeadlineRules;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.Transactions;
import io.meterhub.cabinet.connection.ApplicantNotifier;
import io.meterhub.cabinet.connection.ApplicantRepository;
import io.meterhub.cabinet.connection.ApplicationAccess;
import io.meterhub.cabinet.connection.ApplicationDocuments;
import io.meterhub.cabinet.connection.ApplicationForm;
import io.meterhub.cabinet.connection.ApplicationMessages;
import io.meterhub.cabinet.connection.ApplicationQueries;
import io.meterhub.cabinet.connection.ApplicationSigning;
import io.meterhub.cabinet.connection.ApplicationThread;
import io.meterhub.cabinet.connection.ApplicationTransitions;
import io.meterhub.cabinet.connection.ApplicationWorkflow;
import io.meterhub.cabinet.connection.CalculatedOffer;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.ConnectionRepository;
import io.meterhub.cabinet.connection.ConnectionSettings;
import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.consumption.ConsumptionService;
import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.customers.CustomerDirectory;
import io.meterhub.cabinet.customers.ManualEditing;
import io.meterhub.cabinet.ledger.LedgerRepository;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.notices.NoticeNotifier;
import io.meterhub.cabinet.notices.NoticesFeature;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.NotificationRepository;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.payments.PolicyPaymentAccess;
import io.meterhub.cabinet.accountaccess.AccountAccessRepository;
import io.meterhub.cabinet.accountaccess.AccountAttaching;
import io.meterhub.cabinet.accountaccess.AttachLimits;
import io.meterhub.cabinet.accountaccess.Delegations;
import io.meterhub.cabinet.payments.PaymentLedger;
import io.meterhub.cabinet.payments.PaymentProvider;
import io.meterhub.cabinet.payments.PaymentService;
import io.meterhub.cabinet.readings.ManualReadingRepository;
import io.meterhub.cabinet.readings.MismatchRules;
import io.meterhub.cabinet.readings.OperatorReviewService;
import io.meterhub.cabinet.readings.PlausibilityRules;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.readings.TelemetryCrossCheck;
import io.meterhub.cabinet.receipts.ReceiptQueries;
import io.meterhub.cabinet.receipts.ReceiptService;
import io.meterhub.cabinet.registration.CodeSender;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.signing.SignatureService;
import io.meterhub.cabinet.tariffs.TariffService;
import io.meterhub.cabinet.telemetry.TelemetryRepository;
import io.meterhub.cabinet.users.Logins;
import io.meterhub.cabinet.users.ResetLinkSender;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.cabinet.windows.WindowService;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.webhooks.JdbcIntegrationEvents;
import io.meterhub.storage.cabinet.accounts.JdbcAccountRepository;
import io.meterhub.storage.cabinet.anomalies.JdbcAnomalyRepository;
import io.meterhub.storage.cabinet.appeals.JdbcAppealRepository;
import io.meterhub.storage.cabinet.appeals.JdbcAppealTermRepository;
import io.meterhub.storage.cabinet.audit.JdbcAuditRepository;
import io.meterhub.storage.cabinet.connection.JdbcApplicantRepository;
import io.meterhub.storage.cabinet.connection.JdbcPaperConfirmationRepository;
import io.meterhub.cabinet.connection.PaperConfirmations;
import io.meterhub.storage.cabinet.connection.JdbcConnectionRepository;
import io.meterhub.storage.cabinet.connection.JdbcDeadlineRuleRepository;
import io.meterhub.storage.cabinet.connectionfee.JdbcFeeRateRepository;
import io.meterhub.storage.cabinet.correspondence.JdbcCorrespondenceRepository;
import io.meterhub.storage.cabinet.customers.JdbcCustomerDirectoryRepository;
import io.meterhub.storage.cabinet.customers.JdbcManualEditRepository;
import io.meterhub.storage.cabinet.customers.JdbcWriteOffRequestRepository;
import io.meterhub.storage.cabinet.organizations.JdbcOrganizationRepository;
import io.meterhub.cabinet.customers.WriteOffApprovals;
import io.meterhub.cabinet.customers.WriteOffRule;
import io.meterhub.storage.cabinet.ledger.JdbcLedgerRepository;
import io.meterhub.storage.cabinet.notices.JdbcNoticeRepository;
import io.meterhub.storage.cabinet.notifications.JdbcNotificationRepository;
import io.meterhub.storage.cabinet.otp.JdbcOneTimeCodeRepository;
import io.meterhub.storage.cabinet.payments.JdbcPaymentStore;
import io.meterhub.storage.cabinet.readings.JdbcManualReadingRepository;
import io.meterhub.storage.cabinet.receipts.JdbcReceiptQueries;
import io.meterhub.storage.cabinet.signing.JdbcSignatureRepository;
import io.meterhub.storage.cabinet.staff.JdbcStaffRepository;
import io.meterhub.storage.cabinet.tariffs.JdbcTariffRepository;
import io.meterhub.storage.cabinet.telemetry.JdbcTelemetryRepository;
import io.meterhub.storage.cabinet.users.JdbcLoginRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;
import io.meterhub.storage.consumption.JdbcConsumptionQueries;
import io.meterhub.cabinet.visits.OfficeAdmin;
import io.meterhub.cabinet.visits.OfficeDays;
import io.meterhub.cabinet.visits.OfficeRepository;
import io.meterhub.cabinet.visits.VisitAccess;
import io.meterhub.cabinet.visits.VisitBooking;
import io.meterhub.cabinet.visits.VisitDesk;
import io.meterhub.cabinet.visits.VisitNotifier;
import io.meterhub.cabinet.visits.VisitReminders;
import io.meterhub.cabinet.visits.VisitRepository;
import io.meterhub.cabinet.visits.VisitSlots;
import io.meterhub.cabinet.visits.VisitsFeature;
import io.meterhub.storage.cabinet.visits.JdbcOfficeRepository;
import io.meterhub.storage.cabinet.visits.JdbcVisitRepository;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;

/**
 * The tests' composition root: the cabinet's services over one database and one clock, each given its
 * repositories the way the dashboard's feature configurations give them.
 */
public final class Services {
    public final DataSource dataSource;
    public final Transactions transactions;
    public final Clock clock;
    public final AccountRepository accounts;
    public final ManualReadingRepository readings;
    public final TelemetryRepository telemetry;
    public final LedgerRepository ledger;
    public final AnomalyRepository anomalies;
    public final NotificationRepository notifications;
    public final AccountAccessRepository accountAccess;

    private Services(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.transactions = new JdbcTransactions(dataSource);
        this.clock = clock;
        this.accounts = new JdbcAccountRepository(dataSource);
        this.readings = new JdbcManualReadingRepository(dataSource);
        this.telemetry = new JdbcTelemetryRepository(dataSource);
        this.ledger = new JdbcLedgerRepository(dataSource);
        this.anomalies = new JdbcAnomalyRepository(dataSource);
        this.notifications = new JdbcNotificationRepository(dataSource);
        this.accountAccess = new JdbcAccountAccessRepository(dataSource);
    }

    public static Services of(DataSource dataSource, Clock clock) {
        return new Services(dataSource, clock);
    }

    /** The webhooks' outbox the services record their integration events in. */
    public IntegrationEvents integrationEvents() {
        return new JdbcIntegrationEvents();
    }

    public AccessPolicy access() {
        return new AccessPolicy(accounts, readings, accountAccess, clock);
    }

    public UserService users() {
        return new UserService(new JdbcUserRepository(dataSource));
    }

    public WindowService windows() {
        return new WindowService(accounts, clock);
    }

    public LedgerService ledgerService() {
        return new LedgerService(access(), accounts, ledger);
    }

    public AccountOverviewService overview() {
        return new AccountOverviewService(access(), accounts, readings, telemetry, ledgerService(), clock);
    }

    public ReadingSubmissionService submissions() {
        return new ReadingSubmissionService(access(), accounts, readings, telemetry, windows(),
                new TelemetryCrossCheck(telemetry, anomalies, MismatchRules.defaults()), PlausibilityRules.defaults(), clock, transactions,
                integrationEvents());
    }

    public OperatorReviewService operatorReview() {
        return new OperatorReviewService(access(), readings, clock);
    }

    public ConsumptionService consumption() {
        return new ConsumptionService(access(), accounts, telemetry, new JdbcConsumptionQueries(dataSource));
    }

    public TariffService tariffs() {
        return new TariffService(new JdbcTariffRepository(dataSource), access());
    }

    public BillingRun billing() {
        return new BillingRun(accounts, readings, telemetry, ledger, tariffs());
    }

    public ChargeImport chargeImport() {
        return new ChargeImport(access(), accounts, ledger);
    }

    public NotificationService notificationService(List<NotificationChannel> channels, String publicBaseUrl) {
        return new NotificationService(notifications, access(), accounts, channels, publicBaseUrl, clock);
    }

    public AnomalyAlerts alerts(NotificationService notificationService) {
        return new AnomalyAlerts(anomalies, notifications, accounts, notificationService, clock);
    }

    public DutyRoster dutyRoster() {
        return new DutyRoster(notifications, access());
    }

    public AnomalyReviewService anomalyReview() {
        return new AnomalyReviewService(transactions, access(), anomalies, accounts, clock);
    }

    public EpisodeContextService episodeContext() {
        return new EpisodeContextService(access(), anomalies, accounts, telemetry, new JdbcConsumptionQueries(dataSource), clock);
    }

    public OwnerNoticeService ownerNotices() {
        return new OwnerNoticeService(access(), accounts, anomalies, clock);
    }

    public OneTimeCodes codes() {
        return new OneTimeCodes(transactions, new JdbcOneTimeCodeRepository(), clock);
    }

    public SignatureService signatures(OneTimeCodes codes) {
        return new SignatureService(new JdbcSignatureRepository(dataSource), codes, clock);
    }

    public RegistrationService registration(OneTimeCodes codes, CodeSender sender) {
        return new RegistrationService(transactions, users(), new JdbcApplicantRepository(dataSource), codes, sender, clock);
    }

    /** The grid connection's services, wired as {@code ConnectionConfiguration} wires them; the fee from the organization's rates. */
    public ConnectionFeature connection(ProductionCalendar calendar, ApplicantNotifier notifier, CodeSender codeSender, ConnectionSettings settings) {
        ConnectionRepository applications = new JdbcConnectionRepository(dataSource);
        ApplicantRepository applicants = new JdbcApplicantRepository(dataSource);
        ApplicationAccess access = new ApplicationAccess(applications);
        ApplicationThread thread = new ApplicationThread(new Correspondence(new JdbcCorrespondenceRepository(dataSource)), settings, clock);
        ApplicationQueries queries = new ApplicationQueries(applications, applicants, access, thread, clock);
        ApplicationTransitions transitions = new ApplicationTransitions(transactions, applications, access,
                new DeadlineRules(new JdbcDeadlineRuleRepository(dataSource), calendar), notifier, clock, integrationEvents());
        PaperConfirmations confirmations = new PaperConfirmations(new JdbcPaperConfirmationRepository(dataSource), access, notifier, clock);
        return new ConnectionFeature(
                new ApplicationForm(transactions, applications, applicants, users(), transitions, queries, confirmations, clock),
                new ApplicationDocuments(transactions, applications, applicants, access, settings, confirmations, clock),
                new ApplicationWorkflow(transitions, thread, queries, access, applications, applicants,
                        new CalculatedOffer(new ConnectionFeeCalculator(new JdbcFeeRateRepository(dataSource))), settings, clock),
                new ApplicationSigning(transitions, queries, access, applications, applicants, signatures(codes()), codeSender),
                new ApplicationMessages(transactions, access, thread, notifier),
                queries);
    }

    public ReceiptService receipts() {
        ReceiptQueries queries = new JdbcReceiptQueries(dataSource);
        return new ReceiptService(queries, ReceiptService.holderOrStaff(queries, access()), clock);
    }

    public PolicyPaymentAccess paymentAccess() {
        return new PolicyPaymentAccess(access());
    }

    public AccountAttaching attaching(AttachLimits limits) {
        return new AccountAttaching(accountAccess, accounts, access(), limits, clock);
    }

    public Delegations delegations() {
        return new Delegations(accountAccess, accounts, access(), clock);
    }

    public PaymentService payments(PaymentProvider provider, PaymentLedger paymentLedger, String returnUrl) {
        return new PaymentService(transactions, new JdbcPaymentStore(), provider, paymentAccess(), paymentLedger, returnUrl, clock,
                integrationEvents());
    }

    public StaffRights staffRights() {
        return new StaffRights(new JdbcStaffRepository(dataSource));
    }

    public AuditLog auditLog() {
        return new AuditLog(new JdbcAuditRepository(dataSource), new JdbcUserRepository(dataSource), new JdbcTransactions(dataSource));
    }

    public Logins logins(ResetLinkSender links) {
        return new Logins(new JdbcLoginRepository(dataSource), links, clock);
    }

    public CustomerDirectory customerDirectory(ResetLinkSender links) {
        return new CustomerDirectory(new JdbcCustomerDirectoryRepository(dataSource), accounts, ledger, users(), logins(links), staffRights(),
                auditLog());
    }

    public io.meterhub.cabinet.customers.PersonalDataOpenings personalDataOpenings() {
        return new io.meterhub.cabinet.customers.PersonalDataOpenings(new JdbcCustomerDirectoryRepository(dataSource), accounts, staffRights(), auditLog(),
                new JdbcAuditRepository(dataSource));
    }

    public ManualEditing manualEditing() {
        return manualEditing(WriteOffRule.DEFAULT);
    }

    public ManualEditing manualEditing(WriteOffRule rule) {
        return new ManualEditing(new JdbcCustomerDirectoryRepository(dataSource), new JdbcManualEditRepository(dataSource), accounts, readings, ledger,
                staffRights(), auditLog(), clock, new JdbcWriteOffRequestRepository(dataSource), rule);
    }

    public WriteOffApprovals writeOffApprovals(WriteOffRule rule) {
        return new WriteOffApprovals(new JdbcWriteOffRequestRepository(dataSource), ledger, staffRights(), auditLog(), clock, rule,
                new JdbcOrganizationRepository(dataSource));
    }

    /** The appeals' services, wired as {@code AppealsConfiguration} wires them. */
    public AppealsFeature appeals(ProductionCalendar calendar, AppealNotifier notifier, long maxAttachmentBytes) {
        AppealRepository appeals = new JdbcAppealRepository(dataSource);
        AppealAccess access = new AppealAccess(appeals, staffRights());
        AppealThread thread = new AppealThread(new Correspondence(new JdbcCorrespondenceRepository(dataSource)), maxAttachmentBytes);
        AppealTerms terms = new AppealTerms(calendar, new JdbcAppealTermRepository(dataSource), staffRights(), auditLog());
        AppealDesk desk = new AppealDesk(transactions, appeals, access, thread, auditLog(), notifier, clock);
        return new AppealsFeature(
                new AppealFiling(transactions, appeals, access(), accounts, access, thread, terms, notifier, clock, integrationEvents()), desk,
                new AppealQueries(appeals, access, thread, clock), terms, new AppealExport(desk, clock), new AppealReport(desk, clock),
                new AnswerTemplates(new JdbcAppealTemplateRepository(dataSource), access, thread, auditLog(), clock));
    }

    /** The ratings of the service, wired as {@code AppealsConfiguration} wires them. */
    public ServiceRatings ratings() {
        return new ServiceRatings(new JdbcRatingRepository(dataSource), new AppealAccess(new JdbcAppealRepository(dataSource), staffRights()),
                new VisitAccess(new JdbcVisitRepository(dataSource), new JdbcOfficeRepository(dataSource), staffRights()), accounts, clock);
    }

    /** The appointments' services, wired as {@code VisitsConfiguration} wires them. */
    public VisitsFeature visits(ProductionCalendar calendar, VisitNotifier notifier) {
        VisitRepository visits = new JdbcVisitRepository(dataSource);
        OfficeRepository offices = new JdbcOfficeRepository(dataSource);
        VisitAccess access = new VisitAccess(visits, offices, staffRights());
        VisitSlots slots = new VisitSlots(new OfficeDays(calendar), visits, clock);
        return new VisitsFeature(new OfficeAdmin(transactions, offices, accounts, access, auditLog(), clock),
                new VisitBooking(transactions, visits, offices, access(), access, slots, clock),
                new VisitDesk(transactions, visits, offices, access, slots, auditLog(), clock), new VisitReminders(visits, notifier));
    }

    /** The help feature's services, wired as {@code HelpConfiguration} wires them. */
    public io.meterhub.cabinet.help.HelpFeature help(String defaultOrganizationId) {
        io.meterhub.cabinet.help.HelpReaders readers = new io.meterhub.cabinet.help.HelpReaders(accounts, staffRights(), defaultOrganizationId);
        io.meterhub.cabinet.help.SafeMarkdown markdown = new io.meterhub.cabinet.help.SafeMarkdown();
        io.meterhub.cabinet.help.HelpArticleRepository articles = new io.meterhub.storage.cabinet.help.JdbcHelpArticleRepository(dataSource);
        return new io.meterhub.cabinet.help.HelpFeature(new io.meterhub.cabinet.help.HelpLibrary(articles, readers, markdown),
                new io.meterhub.cabinet.help.HelpDesk(transactions, articles, readers, auditLog(), clock),
                new io.meterhub.cabinet.help.PublicPages(transactions, new io.meterhub.storage.cabinet.help.JdbcPublicPageRepository(dataSource), readers,
                        markdown, auditLog(), clock), readers, markdown);
    }

    /** The announcements' and outages' services, wired as {@code NoticesConfiguration} wires them. */
    public NoticesFeature notices(NoticeNotifier notifier) {
        return NoticesFeature.of(transactions, new JdbcNoticeRepository(dataSource), access(), accounts, staffRights(), auditLog(), notifier, clock);
    }
}
