package io.meterhub.dashboard.services;

import io.meterhub.cabinet.access.AccessPolicy;
import io.meterhub.cabinet.anomalies.AnomalyAlerts;
import io.meterhub.cabinet.anomalies.AnomalyReviewService;
import io.meterhub.cabinet.anomalies.DutyRoster;
import io.meterhub.cabinet.anomalies.EpisodeContextService;
import io.meterhub.cabinet.anomalies.OwnerNoticeService;
import io.meterhub.cabinet.notifications.NotificationChannel;
import io.meterhub.cabinet.notifications.NotificationService;
import io.meterhub.cabinet.accounts.AccountOverviewService;
import io.meterhub.cabinet.consumption.ConsumptionService;
import io.meterhub.cabinet.ledger.LedgerService;
import io.meterhub.cabinet.payments.HolderPaymentAccess;
import io.meterhub.cabinet.payments.PaymentService;
import io.meterhub.cabinet.payments.SandboxPaymentConfig;
import io.meterhub.cabinet.payments.SandboxPaymentProvider;
import io.meterhub.cabinet.readings.OperatorReviewService;
import io.meterhub.cabinet.readings.ReadingSubmissionService;
import io.meterhub.cabinet.receipts.ReceiptService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.notifications.sms.LoggingSmsProvider;
import io.meterhub.cabinet.notifications.sms.SmsProvider;
import io.meterhub.cabinet.notifications.sms.SmsChannel;
import io.meterhub.cabinet.notifications.email.SmtpConfig;
import io.meterhub.cabinet.notifications.email.SmtpEmailChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.RegistrationService;
import com.vaadin.flow.i18n.I18NProvider;
import io.meterhub.cabinet.windows.WindowService;
import io.meterhub.dashboard.DashboardConfig;
import io.meterhub.dashboard.security.UserLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The cabinet's services as Spring beans, each over the one {@link DataSource} bean and the clock.
 * The clock is {@link Clock#systemUTC()}; a test declares a {@code @Primary} fixed clock to stand
 * inside a submission window. Payments go through the sandbox provider, posted by the ledger's own
 * {@code postPayment} (one write path into the ledger).
 */
@Configuration(proxyBeanMethods = false)
public class CabinetServices {
    /** Where a finished payment returns to (the customer's payments view). */
    public static final String PAYMENTS_RETURN_URL = "/payments";
    private static final Logger log = LoggerFactory.getLogger(CabinetServices.class);

    @Bean
    public Clock cabinetClock() {
        return Clock.systemUTC();
    }

    @Bean
    public UserService userService(DataSource dataSource, Clock clock) {
        return new UserService(dataSource, clock);
    }

    /** Spring Security's users come from the cabinet's {@link UserService}. */
    @Bean
    public UserLookup userLookup(UserService users) {
        return new CabinetUserLookup(users);
    }

    @Bean
    public AccessPolicy accessPolicy(DataSource dataSource) {
        return new AccessPolicy(dataSource);
    }

    @Bean
    public WindowService windowService(DataSource dataSource, Clock clock) {
        return new WindowService(dataSource, clock);
    }

    @Bean
    public AccountOverviewService accountOverviewService(DataSource dataSource, Clock clock) {
        return new AccountOverviewService(dataSource, clock);
    }

    @Bean
    public ReadingSubmissionService readingSubmissionService(DataSource dataSource, Clock clock) {
        return new ReadingSubmissionService(dataSource, clock);
    }

    @Bean
    public OperatorReviewService operatorReviewService(DataSource dataSource, Clock clock) {
        return new OperatorReviewService(dataSource, clock);
    }

    @Bean
    public AnomalyReviewService anomalyReviewService(DataSource dataSource, Clock clock) {
        return new AnomalyReviewService(dataSource, clock);
    }

    @Bean
    public LedgerService ledgerService(DataSource dataSource, Clock clock) {
        return new LedgerService(dataSource, clock);
    }

    @Bean
    public ConsumptionService consumptionService(DataSource dataSource, Clock clock) {
        return new ConsumptionService(dataSource, clock);
    }

    @Bean
    public SandboxPaymentConfig sandboxPaymentConfig() {
        return sandboxConfig(System.getenv());
    }

    @Bean
    public SandboxPaymentProvider sandboxPaymentProvider(SandboxPaymentConfig config) {
        return new SandboxPaymentProvider(config);
    }

    @Bean
    public PaymentService paymentService(DataSource dataSource, SandboxPaymentProvider provider, LedgerService ledger, Clock clock) {
        return new PaymentService(dataSource, provider, new HolderPaymentAccess(dataSource), ledger::postPayment, PAYMENTS_RETURN_URL, clock);
    }

    @Bean
    public ReceiptService receiptService(DataSource dataSource, Clock clock) {
        return new ReceiptService(dataSource, ReceiptService.holderOrStaff(dataSource), clock);
    }

    /** The cabinet's address as users reach it, for links in notifications sent outside the cabinet ({@code MH_CABINET_PUBLIC_URL}). */
    public static final String PUBLIC_URL_VARIABLE = "MH_CABINET_PUBLIC_URL";

    /** Every {@link NotificationChannel} bean (email, SMS) carries notifications beyond the inbox; none yet is fine. */
    @Bean
    public NotificationService notificationService(DataSource dataSource, ObjectProvider<NotificationChannel> channels, Clock clock,
                                                   Environment environment) {
        // the environment holds the process's variables (and a test's properties)
        String url = environment.getProperty(PUBLIC_URL_VARIABLE);
        return new NotificationService(dataSource, channels.orderedStream().toList(),
                url == null || url.isBlank() ? "http://localhost:" + DashboardConfig.DEFAULT_PORT + "/" : url.trim(), clock);
    }

    @Bean
    public DutyRoster dutyRoster(DataSource dataSource) {
        return new DutyRoster(dataSource);
    }

    @Bean
    public AnomalyAlerts anomalyAlerts(DataSource dataSource, NotificationService notifications, Clock clock) {
        return new AnomalyAlerts(dataSource, notifications, clock);
    }

    @Bean
    public AnomalyAlertsConfig anomalyAlertsConfig() {
        return AnomalyAlertsConfig.fromEnvironment(System.getenv());
    }

    @Bean(destroyMethod = "close")
    public AnomalyAlertsSchedule anomalyAlertsSchedule(AnomalyAlerts alerts, AnomalyAlertsConfig config) {
        return AnomalyAlertsSchedule.start(alerts, config);
    }

    @Bean
    public EpisodeContextService episodeContextService(DataSource dataSource, Clock clock) {
        return new EpisodeContextService(dataSource, clock);
    }

    @Bean
    public OwnerNoticeService ownerNoticeService(DataSource dataSource, Clock clock) {
        return new OwnerNoticeService(dataSource, clock);
    }

    // ---- issue 6: grid connection applications (Decree 861)

    @Bean
    public ConnectionFeeCalculator connectionFeeCalculator(DataSource dataSource) {
        return new ConnectionFeeCalculator(dataSource);
    }

    @Bean
    public OneTimeCodes oneTimeCodes(DataSource dataSource, Clock clock) {
        return new OneTimeCodes(dataSource, clock);
    }

    @Bean
    public ProductionCalendar productionCalendar() {
        return ProductionCalendar.russia();
    }

    /** The demo's SMS provider: logs each text with the phone masked. A real provider replaces this bean. */
    @Bean
    public SmsProvider smsProvider() {
        return new LoggingSmsProvider();
    }

    /** SMS leave through the {@link SmsProvider} bean (the demo's logs them, phone masked). */
    @Bean
    public SmsChannel smsChannel(SmsProvider sms) {
        return new SmsChannel(sms);
    }

    /** Email, when {@code MH_SMTP_HOST} says where the SMTP server is ({@code MH_SMTP_PORT}, {@code _FROM}, ... validated). */
    @Bean
    @ConditionalOnProperty(name = "MH_SMTP_HOST")
    public SmtpEmailChannel emailChannel(Environment environment) {
        Map<String, String> variables = new HashMap<>();
        for (String name : List.of("MH_SMTP_HOST", "MH_SMTP_PORT", "MH_SMTP_FROM", "MH_SMTP_USERNAME", "MH_SMTP_PASSWORD", "MH_SMTP_STARTTLS")) {
            String value = environment.getProperty(name);
            if (value != null) {
                variables.put(name, value);
            }
        }
        return new SmtpEmailChannel(SmtpConfig.fromEnvironment(variables).orElseThrow());
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

    @Bean
    public OneTimeCodeDelivery oneTimeCodeDelivery(SmsProvider sms, ConnectionNotificationSinks sinks, UserService users, I18NProvider texts) {
        return new OneTimeCodeDelivery(sms, code -> sinks.codeEmails().accept(code),
                users, texts);
    }

    @Bean
    public RegistrationService registrationService(DataSource dataSource, Clock clock, OneTimeCodes codes, OneTimeCodeDelivery delivery) {
        return new RegistrationService(dataSource, clock, codes, delivery);
    }

    /**
     * The sandbox's configuration from the environment; without {@code MH_PAYMENT_SANDBOX_SECRET}
     * (the demo, tests) a random secret for this process, said so in the log (never the secret).
     */
    static SandboxPaymentConfig sandboxConfig(Map<String, String> environment) {
        String secret = environment.get("MH_PAYMENT_SANDBOX_SECRET");
        if (secret != null && !secret.isBlank()) {
            return SandboxPaymentConfig.fromEnvironment(environment);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Map<String, String> withSecret = new HashMap<>(environment);
        withSecret.put("MH_PAYMENT_SANDBOX_SECRET", HexFormat.of().formatHex(random));
        log.warn("MH_PAYMENT_SANDBOX_SECRET is not set: the sandbox payment provider signs its callbacks with a secret generated "
                + "for this process (fine for the demo and tests; set it for anything else)");
        return SandboxPaymentConfig.fromEnvironment(withSecret);
    }
}
