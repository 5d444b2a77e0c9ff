package io.meterhub.dashboard.personaldata;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.connection.ApplicantNotifier;
import io.meterhub.cabinet.connection.ConnectionFeature;
import io.meterhub.cabinet.connection.PaperApplicant;
import io.meterhub.cabinet.connectionfee.ApplicantCategory;
import io.meterhub.cabinet.customers.CustomerDirectory;
import io.meterhub.cabinet.customers.PersonalDataOpenings;
import io.meterhub.cabinet.registration.ProfileForm;
import io.meterhub.cabinet.registration.RegistrationService;
import io.meterhub.cabinet.registration.SignUp;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.dashboard.DemoDashboard;
import io.meterhub.dashboard.services.OneTimeCodeDelivery;
import io.meterhub.demo.ConnectionSeeder;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything logged while the demo's cabinet starts and seeds, a customer signs up with SNILS, passport and phone and
 * confirms the phone by the code, staff register a paper application for a demo customer, open a customer's data with a
 * reason and download an application card: no line holds a demo customer's SNILS, phone or passport, in any spelling.
 */
class PersonalDataLogScanTest {
    private static final String SNILS = "146-852-379 95";
    private static final String PASSPORT = "3604 987654";
    private static final String PHONE = "+7 927 555-88-12";
    /** The demo's customers' values (CabinetSeeder, ConnectionSeeder) and the new applicant's, as written and digits only. */
    private static final List<String> PERSONAL = List.of("112-233-445 95", "11223344595", "123-456-789 64", "12345678964", "+7 927 123-45-67",
            "79271234567", "9271234567", "927 123-45-67", "+7 917 765-43-21", "9177654321", "+7 937 555-12-34", "9375551234", "+7 927 700-10-20",
            "9277001020", SNILS, "14685237995", PASSPORT, "3604987654", PHONE, "9275558812", "555-88-12");

    @Test
    void no_log_line_of_a_demo_start_and_journey_holds_a_snils_a_phone_or_a_passport() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try (DemoDashboard demo = DemoDashboard.start()) {
            ApplicationContext beans = demo.server.applicationContext();
            new ConnectionSeeder(demo.database.dataSource(), Clock.systemUTC(), ProductionCalendar.russia(), ApplicantNotifier.NONE)
                    .seed(io.meterhub.dashboard.DemoSeedBeans.GRID);
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(demo.url() + "login")).build(), HttpResponse.BodyHandlers.ofString());

            RegistrationService registration = beans.getBean(RegistrationService.class);
            long userId = registration.signUp(new SignUp("scan-applicant", "Scan-secret-2026", "ru", new ProfileForm(ApplicantCategory.INDIVIDUAL,
                    "Скан Сергей Сергеевич", null, SNILS, null, null, PHONE, "scan@example.ru", PASSPORT)));
            Viewer applicant = Viewer.customer(userId);
            beans.getBean(OneTimeCodeDelivery.class).forUser(userId, () -> registration.sendPhoneCode(applicant));
            registration.confirmPhone(applicant, codeInOutbox(beans));

            UserService users = beans.getBean(UserService.class);
            Viewer operator = users.findByLogin("operator").orElseThrow().viewer();
            ConnectionFeature connection = beans.getBean(ConnectionFeature.class);
            long paper = connection.form().registerPaper(operator, new PaperApplicant("ivanov", null)).summary().id();
            connection.form().confirmPaper(users.findByLogin("ivanov").orElseThrow().viewer(), paper);
            connection.documents().applicationCard(operator, paper);

            Viewer admin = users.findByLogin("admin").orElseThrow().viewer();
            long ivanov = beans.getBean(CustomerDirectory.class).search(admin, "6300123456", 0, 1).items().get(0).customerId();
            beans.getBean(PersonalDataOpenings.class).open(admin, ivanov, "Сверка по заявлению");
        } finally {
            root.detachAppender(log);
        }

        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : log.list) {
            StringBuilder line = new StringBuilder(event.getLoggerName()).append(": ").append(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            }
            lines.add(line.toString());
        }
        assertThat(lines).as("the run logged").hasSizeGreaterThan(20)
                .anyMatch(l -> l.contains("SMS sent to +7 *** ***-**-12"))
                .anyMatch(l -> l.contains("paper connection application"));
        for (String value : PERSONAL) {
            assertThat(lines).as("no log line holds %s", value).noneMatch(l -> l.contains(value));
        }
    }

    private static String codeInOutbox(ApplicationContext beans) {
        String text = beans.getBean(io.meterhub.cabinet.notifications.outbox.Outbox.class).messages().get(0).text();
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(text);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
