package io.meterhub.demo;

import io.meterhub.cabinet.access.Viewer;
import io.meterhub.cabinet.calendar.ProductionCalendar;
import io.meterhub.cabinet.connection.ApplicantNotifier;
import io.meterhub.cabinet.connection.ApplicationDetail;
import io.meterhub.cabinet.connection.ApplicationDocument;
import io.meterhub.cabinet.connection.ApplicationQueries;
import io.meterhub.cabinet.connection.ApplicationSummary;
import io.meterhub.cabinet.connection.ConnectionSettings;
import io.meterhub.cabinet.connection.DocumentKind;
import io.meterhub.cabinet.connection.QueueFilter;
import io.meterhub.cabinet.users.UserService;
import io.meterhub.storage.Database;
import io.meterhub.storage.StorageConfig;
import io.meterhub.testkit.TestServices;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.meterhub.cabinet.connection.ApplicationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The demo's connection data on top of the cabinet demo: a supplier login and applications in several states. */
class ConnectionSeederTest {

    @Test
    void the_demo_has_a_supplier_login_and_applications_in_different_states_seeded_once() {
        try (Database database = Database.open(StorageConfig.of(TestServices.freshDatabase("connection_seed")))) {
            java.time.ZoneId samara = java.time.ZoneId.of("Europe/Samara");
            var clock = java.time.Clock.fixed(java.time.LocalDateTime.parse("2026-12-01T10:00:00").atZone(samara).toInstant(), samara);
            javax.sql.DataSource dataSource = database.dataSource();
            UserService users = new UserService(new io.meterhub.storage.cabinet.users.JdbcUserRepository(dataSource));
            new CabinetSeeder(dataSource, clock).seed("VOLGA", List.of());
            ProductionCalendar calendar = ProductionCalendar.russia();
            List<SeedReport.SeedLogin> logins = new ConnectionSeeder(dataSource, clock, calendar, ApplicantNotifier.NONE).seed("VOLGA");
            assertThat(logins).extracting(SeedReport.SeedLogin::login).containsExactly("supplier");

            Viewer supplier = users.authenticate("supplier", "supply-desk-42").orElseThrow();
            Viewer operator = users.authenticate("operator", "grid-duty-42").orElseThrow();
            Viewer ivanov = users.authenticate("ivanov", "ivan-meter-42").orElseThrow();
            ApplicationQueries service = ConnectionAssembly.assemble(dataSource, clock, calendar, ApplicantNotifier.NONE,
                    (phone, code) -> { }, ConnectionSettings.DEFAULTS).queries();

            List<ApplicationSummary> queue = service.queue(operator, QueueFilter.ALL, 0, 50).items();
            assertThat(queue).extracting(ApplicationSummary::status)
                    .containsExactlyInAnyOrder(UNDER_REVIEW, INCOMPLETE, OFFERED, SUBMITTED, IN_PROGRESS, DRAFT);
            assertThat(queue).filteredOn(ApplicationSummary::overdue).extracting(ApplicationSummary::status).contains(INCOMPLETE);
            // Орлова's brought to the office; petrova's registered in her name, a draft waiting for her confirmation
            assertThat(queue).filteredOn(ApplicationSummary::paper).extracting(ApplicationSummary::applicantName)
                    .containsExactlyInAnyOrder("Орлова Г. П.", "Петрова А. С.");
            assertThat(service.queue(supplier, QueueFilter.ALL, 0, 50).items()).hasSize(5);
            assertThat(service.myApplications(ivanov)).extracting(ApplicationSummary::status).containsExactlyInAnyOrder(DRAFT, UNDER_REVIEW);
            Viewer petrova = users.authenticate("petrova", "anna-meter-42").orElseThrow();
            ApplicationSummary registered = service.myApplications(petrova).stream().filter(ApplicationSummary::paper).findFirst().orElseThrow();
            assertThat(ConnectionAssembly.assemble(dataSource, clock, calendar, ApplicantNotifier.NONE, (phone, code) -> { }, ConnectionSettings.DEFAULTS)
                    .form().paperConfirmation(petrova, registered.id())).isEqualTo(io.meterhub.cabinet.connection.PaperConfirmationState.AWAITING);
            ApplicationSummary offered = queue.stream().filter(a -> a.status() == OFFERED).findFirst().orElseThrow();
            ApplicationDetail detail = service.application(operator, offered.id());
            assertThat(detail.fee()).isPositive();
            assertThat(detail.documents()).extracting(ApplicationDocument::kind).contains(DocumentKind.CONTRACT, DocumentKind.INVOICE);
            assertThat(detail.summary().category()).isEqualTo(io.meterhub.cabinet.connectionfee.ApplicantCategory.SOLE_PROPRIETOR);

            assertThat(new ConnectionSeeder(dataSource, clock, calendar, ApplicantNotifier.NONE).seed("VOLGA")).isEmpty();
            assertThat(service.queue(operator, QueueFilter.ALL, 0, 50).total()).isEqualTo(6);
        }
    }
}
