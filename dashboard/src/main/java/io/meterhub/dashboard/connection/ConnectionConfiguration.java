package io.meterhub.dashboard.connection;

import io.meterhub.cabinet.calendar.DeadlineRules;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.common.Transactions;
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
import io.meterhub.cabinet.connection.NotificationsForApplicants;
import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.signing.SignatureService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.services.ConnectionNotificationSinks;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.storage.cabinet.connection.JdbcApplicantRepository;
import io.meterhub.storage.cabinet.connection.JdbcPaperConfirmationRepository;
import io.meterhub.cabinet.connection.PaperConfirmations;
import io.meterhub.storage.cabinet.connection.JdbcConnectionRepository;
import io.meterhub.storage.cabinet.connection.JdbcDeadlineRuleRepository;
import io.meterhub.storage.cabinet.signing.JdbcSignatureRepository;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.springframework.context.annotation.Bean;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.springframework.context.annotation.Configuration;
import io.meterhub.cabinet.webhooks.IntegrationEvents;
import org.springframework.core.env.Environment;

import io.meterhub.cabinet.twofactor.Reauthentication;
import javax.sql.DataSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The grid connection feature's beans (Decree 861 applications), each built by its constructor from
 * the others; the settings bound once from Spring's environment.
 */
@Configuration(proxyBeanMethods = false)
public class ConnectionConfiguration {

    /** {@code MH_CONNECTION_MAX_DOCUMENT_MB}, the largest document accepted (default 10), validated at start. */
    @Bean
    public ConnectionSettings connectionSettings(Environment environment) {
        Map<String, String> variables = new HashMap<>();
        String mb = environment.getProperty("MH_CONNECTION_MAX_DOCUMENT_MB");
        if (mb != null) {
            variables.put("MH_CONNECTION_MAX_DOCUMENT_MB", mb);
        }
        return ConnectionSettings.fromEnv(variables);
    }

    /** Status changes and staff messages for the applicant, in the applicant's language, into the notifications' sink. */
    @Bean
    public NotificationsForApplicants applicantNotifier(UserService users, ConnectionNotificationSinks sinks) {
        return new NotificationsForApplicants(notification -> sinks.notifications().accept(notification),
                userId -> OneTimeCodeDelivery.localeOf(users, userId));
    }

    @Bean
    public ConnectionRepository connectionRepository(DataSource dataSource) {
        return new JdbcConnectionRepository(dataSource);
    }

    @Bean
    public ApplicantRepository applicantRepository(DataSource dataSource) {
        return new JdbcApplicantRepository(dataSource);
    }

    @Bean
    public ApplicationAccess applicationAccess(ConnectionRepository applications) {
        return new ApplicationAccess(applications);
    }

    @Bean
    public ApplicationThread applicationThread(Correspondence correspondence, ConnectionSettings settings, Clock clock) {
        return new ApplicationThread(correspondence, settings, clock);
    }

    @Bean
    public ApplicationQueries applicationQueries(ConnectionRepository applications, ApplicantRepository applicants, ApplicationAccess access,
                                                 ApplicationThread thread, Clock clock) {
        return new ApplicationQueries(applications, applicants, access, thread, clock);
    }

    @Bean
    public ApplicationTransitions applicationTransitions(Transactions transactions, DataSource dataSource, ConnectionRepository applications, ApplicationAccess access,
                                                         ProductionCalendar calendar, NotificationsForApplicants notifier, Clock clock,
                                                         IntegrationEvents events) {
        return new ApplicationTransitions(transactions, applications, access, new DeadlineRules(new JdbcDeadlineRuleRepository(dataSource), calendar), notifier, clock,
                events);
    }

    /** A paper application for an existing customer waits for their confirmation before staff get the full profile. */
    @Bean
    public PaperConfirmations paperConfirmations(DataSource dataSource, ApplicationAccess access, NotificationsForApplicants notifier, Clock clock) {
        return new PaperConfirmations(new JdbcPaperConfirmationRepository(dataSource), access, notifier, clock);
    }

    @Bean
    public ApplicationForm applicationForm(Transactions transactions, ConnectionRepository applications, ApplicantRepository applicants,
                                           UserService users, ApplicationTransitions transitions, ApplicationQueries queries,
                                           PaperConfirmations confirmations, Clock clock) {
        return new ApplicationForm(transactions, applications, applicants, users, transitions, queries, confirmations, clock);
    }

    @Bean
    public ApplicationDocuments applicationDocuments(Transactions transactions, ConnectionRepository applications, ApplicantRepository applicants,
                                                     ApplicationAccess access, ConnectionSettings settings, PaperConfirmations confirmations,
                                                     Clock clock) {
        return new ApplicationDocuments(transactions, applications, applicants, access, settings, confirmations, clock);
    }

    @Bean
    public ApplicationWorkflow applicationWorkflow(ApplicationTransitions transitions, ApplicationThread thread, ApplicationQueries queries,
                                                   ApplicationAccess access,
                                                   ConnectionRepository applications, ApplicantRepository applicants,
                                                   ConnectionFeeCalculator calculator, ConnectionSettings settings, Clock clock) {
        return new ApplicationWorkflow(transitions, thread, queries, access, applications, applicants, new CalculatedOffer(calculator), settings, clock);
    }

    @Bean
    public ApplicationSigning applicationSigning(ApplicationTransitions transitions, ApplicationQueries queries, ApplicationAccess access,
                                                 ConnectionRepository applications, ApplicantRepository applicants, DataSource dataSource,
                                                 OneTimeCodes codes, Clock clock, OneTimeCodeDelivery delivery, Reauthentication reauthentication) {
        // a signature needs the password entered within minutes, whatever page asks for it (issue 17)
        return new ApplicationSigning(transitions, queries, access, applications, applicants, new SignatureService(new JdbcSignatureRepository(dataSource), codes, clock,
                reauthentication::require), delivery);
    }

    @Bean
    public ApplicationMessages applicationMessages(Transactions transactions, ApplicationAccess access, ApplicationThread thread,
                                                   NotificationsForApplicants notifier) {
        return new ApplicationMessages(transactions, access, thread, notifier);
    }

    /** The feature's services together, for the views that pass them on to their parts. */
    @Bean
    public ConnectionFeature connectionFeature(ApplicationForm form, ApplicationDocuments documents, ApplicationWorkflow workflow,
                                               ApplicationSigning signing, ApplicationMessages messages, ApplicationQueries queries) {
        return new ConnectionFeature(form, documents, workflow, signing, messages, queries);
    }
}
