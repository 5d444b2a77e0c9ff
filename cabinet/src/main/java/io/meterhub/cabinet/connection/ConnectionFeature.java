package io.meterhub.cabinet.connection;

import io.meterhub.storage.cabinet.users.UserRepository;
import io.meterhub.storage.cabinet.otp.OneTimeCodeRepository;
import io.meterhub.storage.cabinet.signing.SignatureRepository;
import io.meterhub.storage.cabinet.connection.DeadlineRuleRepository;
import io.meterhub.cabinet.calendar.DeadlineRules;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.connectionfee.ConnectionFeeCalculator;
import io.meterhub.cabinet.correspondence.Correspondence;
import io.meterhub.cabinet.otp.OneTimeCodes;
import io.meterhub.cabinet.registration.CodeSender;
import io.meterhub.cabinet.signing.SignatureService;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.cabinet.Transactions;
import io.meterhub.storage.cabinet.connection.ApplicantRepository;
import io.meterhub.storage.cabinet.connection.ConnectionRepository;
import io.meterhub.storage.cabinet.correspondence.CorrespondenceRepository;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * The connection feature's services, for callers without Spring (tests, the demo's seeder, commands):
 * the one place outside the Spring configuration that wires them.
 */
public record ConnectionFeature(ApplicationForm form, ApplicationDocuments documents, ApplicationWorkflow workflow, ApplicationSigning signing,
                                ApplicationMessages messages, ApplicationQueries queries) {

    /**
     * @param offers null for the connection fee calculator and the document templates
     */
    public static ConnectionFeature assemble(DataSource dataSource, Clock clock, ProductionCalendar calendar, ApplicantNotifier notifier,
                                             CodeSender codeSender, ConnectionSettings settings, OfferDocuments offers) {
        Transactions transactions = new Transactions(dataSource);
        ConnectionRepository applications = new ConnectionRepository(dataSource);
        ApplicantRepository applicants = new ApplicantRepository(dataSource);
        ApplicationAccess access = new ApplicationAccess(applications);
        ApplicationThread thread = new ApplicationThread(new Correspondence(new CorrespondenceRepository(dataSource)), settings, clock);
        ApplicationQueries queries = new ApplicationQueries(applications, applicants, access, thread, clock);
        ApplicationTransitions transitions = new ApplicationTransitions(transactions, applications, access, new DeadlineRules(new DeadlineRuleRepository(dataSource), calendar),
                notifier, clock);
        SignatureService signatures = new SignatureService(new SignatureRepository(dataSource), new OneTimeCodes(transactions, new OneTimeCodeRepository(), clock), clock);
        return new ConnectionFeature(
                new ApplicationForm(transactions, applications, applicants, new UserService(new UserRepository(dataSource)), transitions, queries, clock),
                new ApplicationDocuments(transactions, applications, applicants, access, settings, clock),
                new ApplicationWorkflow(transitions, thread, queries, access, applications, applicants,
                        offers == null ? new CalculatedOffer(new ConnectionFeeCalculator(dataSource)) : offers, settings, clock),
                new ApplicationSigning(transitions, queries, access, applications, applicants, signatures, codeSender),
                new ApplicationMessages(transactions, access, thread, notifier),
                queries);
    }
}
