package io.meterhub.demo;

import io.meterhub.cabinet.calendar.DeadlineRules;
import io.meterhub.cabinet.calendar.ProductionCalendar;
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
import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.CodeSender;
import io.meterhub.cabinet.signing.SignatureService;
import io.meterhub.cabinet.users.UserService;

import io.meterhub.cabinet.common.Transactions;
import io.meterhub.storage.cabinet.JdbcTransactions;
import io.meterhub.storage.cabinet.connection.JdbcApplicantRepository;
import io.meterhub.storage.cabinet.connection.JdbcPaperConfirmationRepository;
import io.meterhub.cabinet.connection.PaperConfirmations;
import io.meterhub.storage.cabinet.connection.JdbcConnectionRepository;
import io.meterhub.storage.cabinet.connection.JdbcDeadlineRuleRepository;
import io.meterhub.storage.cabinet.connectionfee.JdbcFeeRateRepository;
import io.meterhub.storage.cabinet.correspondence.JdbcCorrespondenceRepository;
import io.meterhub.storage.cabinet.otp.JdbcOneTimeCodeRepository;
import io.meterhub.storage.cabinet.signing.JdbcSignatureRepository;
import io.meterhub.storage.cabinet.users.JdbcUserRepository;

import io.meterhub.storage.cabinet.webhooks.JdbcIntegrationEvents;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The demo's composition root for the grid connection, as the dashboard's {@code ConnectionConfiguration}
 * wires it for Spring: the seeder takes the applications through the real workflow at dates in the past,
 * hence one assembly per clock.
 */
public final class ConnectionAssembly {
    private ConnectionAssembly() {
    }

    /** The connection's services over the database, the fee from the organization's rates (the demo's, once seeded). */
    public static ConnectionFeature assemble(DataSource dataSource, Clock clock, ProductionCalendar calendar, ApplicantNotifier notifier,
                                             CodeSender codeSender, ConnectionSettings settings) {
        Transactions transactions = new JdbcTransactions(dataSource);
        ConnectionRepository applications = new JdbcConnectionRepository(dataSource);
        ApplicantRepository applicants = new JdbcApplicantRepository(dataSource);
        ApplicationAccess access = new ApplicationAccess(applications);
        ApplicationThread thread = new ApplicationThread(new Correspondence(new JdbcCorrespondenceRepository(dataSource)), settings, clock);
        ApplicationQueries queries = new ApplicationQueries(applications, applicants, access, thread, clock);
        ApplicationTransitions transitions = new ApplicationTransitions(transactions, applications, access,
                new DeadlineRules(new JdbcDeadlineRuleRepository(dataSource), calendar), notifier, clock, new JdbcIntegrationEvents());
        SignatureService signatures = new SignatureService(new JdbcSignatureRepository(dataSource),
                new OneTimeCodes(transactions, new JdbcOneTimeCodeRepository(), clock), clock);
        PaperConfirmations confirmations = new PaperConfirmations(new JdbcPaperConfirmationRepository(dataSource), access, notifier, clock);
        return new ConnectionFeature(
                new ApplicationForm(transactions, applications, applicants, new UserService(new JdbcUserRepository(dataSource)), transitions, queries,
                        confirmations, clock),
                new ApplicationDocuments(transactions, applications, applicants, access, settings, confirmations, clock),
                new ApplicationWorkflow(transitions, thread, queries, access, applications, applicants,
                        new CalculatedOffer(new ConnectionFeeCalculator(new JdbcFeeRateRepository(dataSource))), settings, clock),
                new ApplicationSigning(transitions, queries, access, applications, applicants, signatures, codeSender),
                new ApplicationMessages(transactions, access, thread, notifier),
                queries);
    }
}
